using SpineBot.Triage.Language;
using SpineBot.Triage.Levels;

namespace SpineBot.Triage.RedFlags;

/// <summary>
/// Screens every message the runner sends for warning signs and grades them: each sign has its level (crisis,
/// emergency-ambulance, emergency, consultation-24h), and combinations of signs and risk factors, in this message or
/// remembered from earlier ones, raise it (a minor fall with long-term steroids). The whole message is read, however
/// long, clause by clause: negated, taken-back, someone else's, resolved-past and merely-asked mentions do not count.
/// Every pattern has a timeout and a timeout counts as no match, so screening never throws. Thread-safe; build once.
/// </summary>
public sealed partial class RedFlagScreen
{
    private readonly MessageReader _reader;
    private readonly IReadOnlyList<(RedFlagRule Rule, CompiledRedFlag Compiled)> _flags;
    private readonly IReadOnlyList<CompiledRedFlag> _riskFactors;
    private readonly IReadOnlyList<RedFlagCombination> _combinations;
    private readonly HashSet<string> _combined;

    /// <summary>Creates a screen from checked rules (see <see cref="RulePatterns.FindProblem"/>).</summary>
    public RedFlagScreen(RedFlagRuleSet rules, NegationRules negation)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(negation);
        _reader = new MessageReader(negation);
        Rules = rules;
        _flags = rules.Flags
            .Select(rule => (rule, Compile(rule.Id, rule.Patterns, rule.Exceptions, rule.CountsWhenPast, rules.Words)))
            .ToList();
        _riskFactors = rules.RiskFactors
            .Select(rule => Compile(rule.Id, rule.Patterns, rule.Exceptions, rule.CountsWhenPast, rules.Words))
            .ToList();
        _combinations = rules.Combinations;
        _combined = new HashSet<string>(rules.Combinations.SelectMany(combination => combination.When), StringComparer.Ordinal);
    }

    /// <summary>The rules this screen applies.</summary>
    public RedFlagRuleSet Rules { get; }

    /// <summary>The reader the screen reads messages with (shared with the understanding of answers).</summary>
    public MessageReader Reader => _reader;

    /// <summary>The ids of the flags this screen knows, in order.</summary>
    public IReadOnlyList<string> FlagIds => _flags.Select(flag => flag.Rule.Id).ToList();

    /// <summary>
    /// Screens one message. <paramref name="rememberedFactors"/> are the <see cref="RedFlagVerdict.FactorsToRemember"/>
    /// of earlier messages in the conversation. Empty or blank text has no warning signs.
    /// </summary>
    public RedFlagVerdict Screen(string? text, IReadOnlyCollection<string>? rememberedFactors = null) =>
        ScreenReading(_reader.Read(text), rememberedFactors);

    /// <summary>
    /// Screens a message already read by <see cref="Reader"/>, then with every other language's rules (see
    /// <see cref="AlsoReading"/>); the most urgent level wins.
    /// </summary>
    public RedFlagVerdict ScreenReading(MessageReading reading, IReadOnlyCollection<string>? rememberedFactors = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var verdict = ScreenOwnLanguage(reading, rememberedFactors);
        foreach (var other in _otherLanguages)
        {
            verdict = Merge(verdict, other.ScreenOwnLanguage(other.Reader.Read(reading.Normalized), rememberedFactors));
        }

        return verdict;
    }

    private RedFlagVerdict ScreenOwnLanguage(MessageReading reading, IReadOnlyCollection<string>? rememberedFactors)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.ClauseReadings.Count == 0)
        {
            return RedFlagVerdict.None;
        }

        var flags = _flags.Where(flag => flag.Compiled.IsRaisedBy(reading)).Select(flag => flag.Rule).ToList();
        var risks = _riskFactors.Where(risk => risk.IsRaisedBy(reading)).Select(risk => risk.Id).ToList();
        var now = new HashSet<string>(flags.Select(flag => flag.Id).Concat(risks), StringComparer.Ordinal);
        var known = new HashSet<string>(now, StringComparer.Ordinal);
        known.UnionWith(rememberedFactors ?? []);

        var findings = flags.Select(flag => new RedFlagFinding(flag.Id, flag.Level, flag.Source, flag.Description)).ToList();
        findings.AddRange(_combinations
            .Where(combination => combination.When.All(known.Contains) && combination.When.Any(now.Contains))
            .Select(combination => new RedFlagFinding(combination.Id, combination.Level, combination.Source, combination.Description)));
        if (findings.Count == 0 && risks.Count == 0)
        {
            return RedFlagVerdict.None;
        }

        return new RedFlagVerdict
        {
            Level = findings.Count == 0 ? TriageLevel.SelfCare : findings.Max(finding => finding.Level),
            Findings = findings.OrderByDescending(finding => finding.Level).ToList(),
            RiskFactors = risks,
            FactorsToRemember = now.Where(_combined.Contains).Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static CompiledRedFlag Compile(
        string id,
        IReadOnlyList<string> patterns,
        IReadOnlyList<string> exceptions,
        bool countsWhenPast,
        IReadOnlyDictionary<string, string> words) =>
        new(
            id,
            RulePatterns.CompileAny(patterns, words),
            exceptions.Count == 0 ? null : RulePatterns.CompileAny(exceptions, words),
            countsWhenPast);
}
