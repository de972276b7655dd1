using System.Text.RegularExpressions;
using SpineBot.Triage.Language;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Story;

/// <summary>
/// Reads how long the pain has lasted: "for 3 days", "a week and a half", "a few hours", "since yesterday",
/// "since Saturday" (counted back from the day passed in). A negated duration ("not three days") is skipped.
/// </summary>
internal sealed class DurationReader
{
    private readonly NumberVocabulary _numbers;
    private readonly Regex _amounts;
    private readonly Regex _weekdays;
    private readonly IReadOnlyList<(Regex Pattern, double Days, string? Phrase)> _relatives;
    private readonly Regex? _ignoredAfter;
    private readonly Regex? _ignoredBefore;

    public DurationReader(StoryVocabulary vocabulary, NumberVocabulary numbers)
    {
        _numbers = numbers;
        _amounts = RulePatterns.CompileAny(vocabulary.DurationPatterns, numbers.Macros);
        _weekdays = RulePatterns.CompileAny(vocabulary.WeekdayDurationPatterns, numbers.Macros);
        _relatives = vocabulary.RelativeDurations
            .Select(relative => (RulePatterns.Compile(relative.Pattern, numbers.Macros), relative.Days, relative.Phrase))
            .ToList();
        _ignoredAfter = vocabulary.DurationIgnoredAfter.Count == 0
            ? null
            : RulePatterns.Compile($"(?:{string.Join('|', vocabulary.DurationIgnoredAfter)})\\s*$", numbers.Macros);
        _ignoredBefore = vocabulary.DurationIgnoredBefore.Count == 0
            ? null
            : RulePatterns.Compile($"^\\s*(?:{string.Join('|', vocabulary.DurationIgnoredBefore)})", numbers.Macros);
    }

    public Mention<PainDuration>? Read(IReadOnlyList<Clause> clauses, DateOnly today)
    {
        Mention<PainDuration>? last = null;
        foreach (var clause in clauses)
        {
            // "three weeks, not three days": a negated duration is the one being corrected, never the pain's.
            foreach (var found in ReadClause(clause, today).Where(found => !clause.IsRetractedAt(found.Index) && !clause.IsNegatedAt(found.Index)))
            {
                if (found.IsAfter(last))
                {
                    last = found;
                }
            }
        }

        return last;
    }

    private IEnumerable<Mention<PainDuration>> ReadClause(Clause clause, DateOnly today)
    {
        foreach (var match in RulePatterns.SafeMatches(_amounts, clause.Text).Where(match => !IsIgnored(clause.Text, match)))
        {
            var amount = _numbers.ReadAmount(match.Groups["amount"].Value) + (match.Groups["half"].Success ? 0.5 : 0);
            var unit = _numbers.ReadUnit(match.Groups["unit"].Value);
            if (amount is >= 0 && unit is { } known)
            {
                var duration = new PainDuration { Value = amount.Value, Unit = known, Phrase = PhraseOf(match) };
                yield return new Mention<PainDuration>(duration, clause.Order, match.Index, match.Index + match.Length, duration.Phrase);
            }
        }

        foreach (var match in RulePatterns.SafeMatches(_weekdays, clause.Text))
        {
            if (_numbers.ReadWeekday(match.Groups["weekday"].Value) is { } weekday)
            {
                var days = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
                var duration = PainDuration.FromDays(days == 0 ? 7 : days, PhraseOf(match));
                yield return new Mention<PainDuration>(duration, clause.Order, match.Index, match.Index + match.Length, duration.Phrase);
            }
        }

        foreach (var (pattern, days, phrase) in _relatives)
        {
            foreach (var match in RulePatterns.SafeMatches(pattern, clause.Text))
            {
                var duration = PainDuration.FromDays(days, phrase ?? PhraseOf(match));
                yield return new Mention<PainDuration>(duration, clause.Order, match.Index, match.Index + match.Length, duration.Phrase);
            }
        }
    }

    private bool IsIgnored(string text, Match match) =>
        (_ignoredAfter is not null && RulePatterns.SafeMatches(_ignoredAfter, text[..match.Index]).Any())
        || (_ignoredBefore is not null && RulePatterns.SafeMatches(_ignoredBefore, text[(match.Index + match.Length)..]).Any());

    private static string PhraseOf(Match match)
    {
        var phrase = match.Groups["phrase"];
        return (phrase.Success ? phrase.Value : match.Value).Trim();
    }
}
