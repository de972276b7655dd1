using System.Text.RegularExpressions;
using SpineBot.Triage.Language;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Story;

/// <summary>
/// Reads a runner's free-text story ("my lower back has hurt for 3 days since I upped my mileage from 15 to 25
/// miles") into the facts of a <see cref="RunnerReport"/>, respecting negation ("no pain down my leg",
/// "I don't lean forward"). What the runner says now overrides what was known; what they do not mention is kept.
/// Thread-safe; build once and reuse.
/// </summary>
public sealed partial class RunnerStoryReader
{
    private readonly ClauseReader _clauses;
    private readonly NumberVocabulary _numbers;
    private readonly SlotPhraseReader _slots;
    private readonly DurationReader _durations;
    private readonly Regex _severity;
    private readonly Regex _mileage;

    /// <summary>Creates a reader from checked vocabulary (see <see cref="RulePatterns.FindProblem"/>).</summary>
    public RunnerStoryReader(StoryVocabulary vocabulary, NegationRules negation)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(negation);
        _clauses = new ClauseReader(negation);
        _numbers = new NumberVocabulary(vocabulary);
        _slots = new SlotPhraseReader(vocabulary.SlotPhrases, _numbers.Macros);
        _durations = new DurationReader(vocabulary, _numbers);
        _severity = RulePatterns.CompileAny(vocabulary.SeverityPatterns, _numbers.Macros);
        _mileage = RulePatterns.CompileAny(vocabulary.MileagePatterns, _numbers.Macros);
    }

    /// <summary>
    /// Reads <paramref name="text"/> on top of what is <paramref name="known"/>. <paramref name="today"/> turns
    /// "since Saturday" into days.
    /// </summary>
    public RunnerReport Read(string? text, RunnerReport? known, DateOnly today)
    {
        if (RecentStoryReadings.Find(this, text, known, today) is { } remembered)
        {
            return remembered;
        }

        var report = ReadOwnLanguage(text, ReadMixedWithOtherLanguages(text, known, today), today);
        RecentStoryReadings.Remember(this, text, known, today, report);
        return report;
    }

    private RunnerReport ReadOwnLanguage(string? text, RunnerReport? known, DateOnly today)
    {
        var report = known ?? new RunnerReport();
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return report;
        }

        var clauses = _clauses.Read(normalized);
        foreach (var (slot, mention) in _slots.Read(clauses))
        {
            report = ReportSlotWriter.Write(report, slot, mention.Value, mention.Phrase);
        }

        if (ReadSeverity(clauses) is { } severity)
        {
            report = report with { Severity = severity };
        }

        if (_durations.Read(clauses, today) is { } duration)
        {
            report = report with { Duration = duration.Value };
        }

        return ReadMileage(clauses, report);
    }

    private int? ReadSeverity(IReadOnlyList<Clause> clauses)
    {
        int? severity = null;
        foreach (var clause in clauses)
        {
            foreach (var match in RulePatterns.SafeMatches(_severity, clause.Text).Where(match => !clause.IsRetractedAt(match.Index)))
            {
                if (_numbers.ReadAmount(match.Groups["n"].Value) is >= 0 and <= 10 and var score)
                {
                    severity = (int)Math.Round(score, MidpointRounding.AwayFromZero);
                }
            }
        }

        return severity;
    }

    private RunnerReport ReadMileage(IReadOnlyList<Clause> clauses, RunnerReport report)
    {
        foreach (var clause in clauses)
        {
            foreach (var match in RulePatterns.SafeMatches(_mileage, clause.Text).Where(match => !clause.IsRetractedAt(match.Index)))
            {
                var before = _numbers.ReadAmount(match.Groups["before"].Value);
                var after = _numbers.ReadAmount(match.Groups["after"].Value);
                if (before is null || after is null || before == after)
                {
                    continue;
                }

                var unit = match.Groups["unit"] is { Success: true } group ? _numbers.ReadDistanceUnit(group.Value) : null;
                report = report with
                {
                    MileageIncreased = after > before,
                    MileageBefore = before,
                    MileageAfter = after,
                    DistanceUnit = unit ?? report.DistanceUnit,
                };
            }
        }

        return report;
    }
}
