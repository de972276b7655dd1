using System.Globalization;
using System.Text.RegularExpressions;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Story;

/// <summary>
/// A later message read on top of what was known ("actually it's been three weeks, not three days", "no, upper
/// back"): the updated report and the facts that changed, in slot order, so the conversation can say back what
/// changed. Pure: it keeps nothing between calls.
/// </summary>
/// <param name="Report">The report with the message's facts applied; facts the message does not mention are kept.</param>
/// <param name="Changes">The facts whose value changed; empty when the message changed nothing.</param>
public sealed partial record ReportCorrection(RunnerReport Report, IReadOnlyList<FactChange> Changes)
{
    /// <summary>Whether the message changed any fact.</summary>
    public bool HasChanges => Changes.Count > 0;

    /// <summary>
    /// Reads <paramref name="message"/> on top of <paramref name="previous"/>. A leading "no," "actually," or
    /// "sorry," only marks a correction: "no, upper back" means the upper back, not "not the upper back".
    /// </summary>
    /// <param name="reader">The story reader built from content.</param>
    /// <param name="previous">What was known before the message.</param>
    /// <param name="message">The runner's message.</param>
    /// <param name="today">The runner's today, for "since Saturday".</param>
    public static ReportCorrection Read(RunnerStoryReader reader, RunnerReport previous, string? message, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(previous);
        var text = message is null ? null : CorrectionMarker().Replace(message, string.Empty, 1);
        return Between(previous, reader.Read(text, previous, today));
    }

    /// <summary>The facts that differ between two reports of the same runner, in slot order.</summary>
    public static ReportCorrection Between(RunnerReport previous, RunnerReport updated)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(updated);
        var changes = ReportSlots.All
            .Select(slot => (Slot: slot, Before: ValueOf(previous, slot), After: ValueOf(updated, slot)))
            .Where(fact => fact.After is not null && !string.Equals(fact.Before, fact.After, StringComparison.Ordinal))
            .Select(fact => new FactChange(fact.Slot, fact.Before is not null))
            .ToList();
        return new ReportCorrection(updated, changes);
    }

    /// <summary>A slot's value as comparable text, or <c>null</c> when it is not known.</summary>
    private static string? ValueOf(RunnerReport report, string slot) => slot switch
    {
        ReportSlots.Location => report.Location?.ToString(),
        ReportSlots.Side => report.Side?.ToString(),
        ReportSlots.Severity => report.Severity?.ToString(CultureInfo.InvariantCulture),
        ReportSlots.Duration => report.Duration?.ToDays().ToString("0.##", CultureInfo.InvariantCulture),
        ReportSlots.Trend => report.Trend?.ToString(),
        ReportSlots.LegSymptoms => Flag(report.LegSymptoms),
        ReportSlots.AfterEveryRun => Flag(report.ComesBackAfterEveryRun),
        ReportSlots.MileageIncrease => report.MileageIncreased is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{report.MileageIncreased} {report.MileageBefore} {report.MileageAfter} {report.DistanceUnit}"),
        ReportSlots.IntensityIncrease => Flag(report.IntensityIncreased),
        ReportSlots.Hills => Flag(report.NewHills),
        ReportSlots.Surface => Flag(report.UnevenSurface),
        ReportSlots.CoreTraining => report.CoreTraining?.ToString(),
        ReportSlots.LeansForward => Flag(report.LeansForward),
        ReportSlots.LongStrides => Flag(report.LongStrides),
        ReportSlots.HeadAndShoulders => Flag(report.HeadAndShouldersOutOfLine),
        ReportSlots.WaterDuringRuns => Flag(report.DrinksWaterDuringRuns),
        ReportSlots.HotOrHumid => Flag(report.HotOrHumid),
        ReportSlots.HeelStrike => Flag(report.HeelStrike),
        ReportSlots.WornShoes => Flag(report.WornOrUnsupportiveShoes),
        _ => null,
    };

    private static string? Flag(bool? value) => value?.ToString();

    /// <summary>"no, ", "actually, ", "sorry - ", "i mean, " at the start of a message: a correction, not a negation.</summary>
    [GeneratedRegex(@"^\s*(?:(?:no|nope|nah|actually|sorry|oops|wait|correction|i mean|i meant)\s*[,.!:;\u2014-]\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CorrectionMarker();
}
