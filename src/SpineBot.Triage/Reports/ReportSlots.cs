using System.Globalization;

namespace SpineBot.Triage.Reports;

/// <summary>
/// The named slots of a <see cref="RunnerReport"/> that questions and the story reader fill, and the values each
/// slot accepts. Content files refer to slots and values by these names; the loader checks them.
/// </summary>
public static class ReportSlots
{
    public const string Location = "location";
    public const string Side = "side";
    public const string Severity = "severity";
    public const string Duration = "duration";
    public const string Trend = "trend";
    public const string LegSymptoms = "legSymptoms";
    public const string AfterEveryRun = "afterEveryRun";
    public const string MileageIncrease = "mileageIncrease";
    public const string IntensityIncrease = "intensityIncrease";
    public const string Hills = "hills";
    public const string Surface = "surface";
    public const string CoreTraining = "coreTraining";
    public const string LeansForward = "leansForward";
    public const string LongStrides = "longStrides";
    public const string HeadAndShoulders = "headAndShoulders";
    public const string WaterDuringRuns = "waterDuringRuns";
    public const string HotOrHumid = "hotOrHumid";
    public const string HeelStrike = "heelStrike";
    public const string WornShoes = "wornShoes";

    /// <summary>The answer value for "yes".</summary>
    public const string Yes = "yes";

    /// <summary>The answer value for "no".</summary>
    public const string No = "no";

    /// <summary>The answer value for "not sure": accepted by every choice slot, leaves the report unchanged.</summary>
    public const string Unsure = "unsure";

    private static readonly string[] YesNo = [Yes, No, Unsure];

    private static readonly Dictionary<string, string[]> Choices = new(StringComparer.Ordinal)
    {
        [Location] = [.. SlotValues.Regions.Keys, Unsure],
        [Side] = [.. SlotValues.Sides.Keys, Unsure],
        [Trend] = [.. SlotValues.Trends.Keys, Unsure],
        [CoreTraining] = [.. SlotValues.CoreFrequencies.Keys, Unsure],
        [LegSymptoms] = YesNo,
        [AfterEveryRun] = YesNo,
        [MileageIncrease] = YesNo,
        [IntensityIncrease] = YesNo,
        [Hills] = YesNo,
        [Surface] = YesNo,
        [LeansForward] = YesNo,
        [LongStrides] = YesNo,
        [HeadAndShoulders] = YesNo,
        [WaterDuringRuns] = YesNo,
        [HotOrHumid] = YesNo,
        [HeelStrike] = YesNo,
        [WornShoes] = YesNo,
    };

    /// <summary>Every slot name.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Choices.Keys, Severity, Duration];

    /// <summary>Whether <paramref name="slot"/> is a slot name.</summary>
    public static bool IsKnown(string slot) => slot is Severity or Duration || Choices.ContainsKey(slot);

    /// <summary>
    /// The values a choice slot accepts; empty for the numeric slots (<see cref="Severity"/>: a whole number 0-10,
    /// <see cref="Duration"/>: a number of days).
    /// </summary>
    public static IReadOnlyList<string> ValuesOf(string slot) =>
        Choices.TryGetValue(slot, out var values) ? values : [];

    /// <summary>Whether <paramref name="value"/> is an acceptable answer for <paramref name="slot"/>.</summary>
    public static bool IsValidValue(string slot, string value)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(value);
        return slot switch
        {
            Severity => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 10,
            Duration => value == Unsure
                || (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0),
            _ => Choices.TryGetValue(slot, out var values) && values.Contains(value, StringComparer.Ordinal),
        };
    }

    /// <summary>Whether the report already holds an answer for <paramref name="slot"/>.</summary>
    public static bool IsFilled(RunnerReport report, string slot) => ReportSlotWriter.IsFilled(report, slot);

    /// <summary>
    /// Returns a copy of <paramref name="report"/> with <paramref name="slot"/> set from an answer value
    /// (e.g. a choice's value). <paramref name="phrase"/> is the short wording to keep (a duration's or surface's
    /// words). "unsure" leaves the report unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">The slot or value is not one this class knows.</exception>
    public static RunnerReport Apply(RunnerReport report, string slot, string value, string? phrase = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!IsValidValue(slot, value))
        {
            throw new ArgumentException($"'{value}' is not a valid answer for slot '{slot}'.", nameof(value));
        }

        return value == Unsure ? report : ReportSlotWriter.Write(report, slot, value, phrase);
    }
}
