using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Story;

/// <summary>
/// The words and patterns the <see cref="RunnerStoryReader"/> uses to read a runner's free-text story. Loaded from
/// content (dialogs/&lt;language&gt;/extraction.json); patterns may use the placeholders of <see cref="Language.RulePatterns"/>.
/// </summary>
public sealed record StoryVocabulary
{
    /// <summary>Numbers in words ("seven" = 7).</summary>
    public required IReadOnlyDictionary<string, double> NumberWords { get; init; }

    /// <summary>Quantity words usable as an amount ("a few" = 3, "a couple of" = 2, "a" = 1).</summary>
    public required IReadOnlyDictionary<string, double> QuantityWords { get; init; }

    /// <summary>The words for each duration unit ("hrs", "weeks").</summary>
    public required IReadOnlyDictionary<DurationUnit, IReadOnlyList<string>> DurationUnits { get; init; }

    /// <summary>Weekday names and abbreviations, for "since Saturday".</summary>
    public required IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; init; }

    /// <summary>The distance units and their words ("miles": "mile", "mi"; "km": "k", "kilometers").</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> DistanceUnits { get; init; }

    /// <summary>Patterns for a 0-10 pain score; each captures the number as group <c>n</c>.</summary>
    public required IReadOnlyList<string> SeverityPatterns { get; init; }

    /// <summary>Patterns for "3 days", "a few hours"; each captures groups <c>amount</c> and <c>unit</c>.</summary>
    public required IReadOnlyList<string> DurationPatterns { get; init; }

    /// <summary>Patterns for "since Saturday"; each captures group <c>weekday</c>.</summary>
    public required IReadOnlyList<string> WeekdayDurationPatterns { get; init; }

    /// <summary>Fixed phrases such as "since yesterday".</summary>
    public required IReadOnlyList<RelativeDuration> RelativeDurations { get; init; }

    /// <summary>What, just before a duration, shows it is not the pain's duration ("running for 3 years", "25 miles a week").</summary>
    public required IReadOnlyList<string> DurationIgnoredAfter { get; init; }

    /// <summary>What, just after a duration, shows it is not the pain's duration ("3 days a week", "2 hour run").</summary>
    public required IReadOnlyList<string> DurationIgnoredBefore { get; init; }

    /// <summary>Patterns for a mileage change; each captures groups <c>before</c> and <c>after</c>, optionally <c>unit</c>.</summary>
    public required IReadOnlyList<string> MileagePatterns { get; init; }

    /// <summary>The phrases that fill the report's choice and yes/no slots.</summary>
    public required IReadOnlyList<SlotPhrase> SlotPhrases { get; init; }
}
