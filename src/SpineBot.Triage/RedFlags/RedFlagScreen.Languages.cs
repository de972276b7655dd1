namespace SpineBot.Triage.RedFlags;

/// <summary>Screening with the rules of every language: a Spanish "no puedo orinar" counts in an English chat.</summary>
public sealed partial class RedFlagScreen
{
    private List<RedFlagScreen> _otherLanguages = [];

    /// <summary>
    /// A screen that reads every message with these rules and with <paramref name="otherLanguages"/>' rules too (the
    /// languages share flag, risk-factor and combination ids). The verdict's descriptions are this screen's language;
    /// the most urgent level wins; risk factors and factors to remember are merged.
    /// </summary>
    public RedFlagScreen AlsoReading(IEnumerable<RedFlagScreen> otherLanguages)
    {
        ArgumentNullException.ThrowIfNull(otherLanguages);
        var copy = (RedFlagScreen)MemberwiseClone();
        copy._otherLanguages = otherLanguages.Where(other => !ReferenceEquals(other, this)).Select(other => other.OwnLanguageOnly()).ToList();
        return copy;
    }

    /// <summary>This screen without the other languages it reads (so two languages never read each other in a loop).</summary>
    private RedFlagScreen OwnLanguageOnly()
    {
        if (_otherLanguages.Count == 0)
        {
            return this;
        }

        var copy = (RedFlagScreen)MemberwiseClone();
        copy._otherLanguages = [];
        return copy;
    }

    private RedFlagVerdict Merge(RedFlagVerdict mine, RedFlagVerdict other)
    {
        if (other.Findings.Count == 0 && other.RiskFactors.Count == 0)
        {
            return mine;
        }

        var known = mine.Findings.Select(finding => finding.Id).ToHashSet(StringComparer.Ordinal);
        var findings = mine.Findings
            .Concat(other.Findings.Where(finding => !known.Contains(finding.Id)).Select(InMyLanguage))
            .OrderByDescending(finding => finding.Level)
            .ToList();
        return new RedFlagVerdict
        {
            Level = findings.Count == 0 ? Levels.TriageLevel.SelfCare : findings.Max(finding => finding.Level),
            Findings = findings,
            RiskFactors = mine.RiskFactors.Union(other.RiskFactors, StringComparer.Ordinal).ToList(),
            FactorsToRemember = mine.FactorsToRemember.Union(other.FactorsToRemember, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The finding with this language's description of the same id (the other language's when unknown here).</summary>
    private RedFlagFinding InMyLanguage(RedFlagFinding finding)
    {
        var description = Rules.Flags.FirstOrDefault(flag => flag.Id == finding.Id)?.Description
            ?? Rules.Combinations.FirstOrDefault(combination => combination.Id == finding.Id)?.Description;
        return description is null ? finding : finding with { Description = description };
    }
}
