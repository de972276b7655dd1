using System.Globalization;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Causes;

/// <summary>
/// The facts about a runner that cause scoring weighs (content's scoring.json names them), and the details each
/// fact offers to the "why it fits" wording (e.g. <c>{mileageBefore}</c>).
/// </summary>
public static class RunnerFacts
{
    public const string MileageIncrease = "mileage-increase";
    public const string IntensityIncrease = "intensity-increase";
    public const string NewHills = "new-hills";
    public const string UnevenSurface = "uneven-surface";
    public const string CoreNever = "core-never";
    public const string CoreRarely = "core-rarely";
    public const string CoreWeekly = "core-weekly";
    public const string CoreSeveralTimesAWeek = "core-several-times-a-week";
    public const string LeansForward = "leans-forward";
    public const string LongStrides = "long-strides";
    public const string HeadAndShouldersOutOfLine = "head-shoulders-out-of-line";
    public const string NoWaterDuringRuns = "no-water-during-runs";
    public const string DrinksWaterDuringRuns = "drinks-water-during-runs";
    public const string HotOrHumid = "hot-or-humid";
    public const string HeelStrike = "heel-strike";
    public const string ForefootStrike = "forefoot-strike";
    public const string WornShoes = "worn-shoes";
    public const string LowerBack = "lower-back";
    public const string MiddleBack = "middle-back";
    public const string UpperBack = "upper-back";

    /// <summary>Detail: distance before a mileage increase.</summary>
    public const string MileageBeforeDetail = "mileageBefore";

    /// <summary>Detail: distance after a mileage increase.</summary>
    public const string MileageAfterDetail = "mileageAfter";

    /// <summary>Detail: the distance unit the runner used.</summary>
    public const string DistanceUnitDetail = "distanceUnit";

    /// <summary>Detail: the surface in the runner's words.</summary>
    public const string SurfaceDetail = "surface";

    /// <summary>Detail: the weather in the runner's words.</summary>
    public const string WeatherDetail = "weather";

    /// <summary>Detail: the shoes in the runner's words.</summary>
    public const string ShoesDetail = "shoes";

    private static readonly Dictionary<string, string[]> Details = new(StringComparer.Ordinal)
    {
        [MileageIncrease] = [MileageBeforeDetail, MileageAfterDetail, DistanceUnitDetail],
        [IntensityIncrease] = [],
        [NewHills] = [],
        [UnevenSurface] = [SurfaceDetail],
        [CoreNever] = [],
        [CoreRarely] = [],
        [CoreWeekly] = [],
        [CoreSeveralTimesAWeek] = [],
        [LeansForward] = [],
        [LongStrides] = [],
        [HeadAndShouldersOutOfLine] = [],
        [NoWaterDuringRuns] = [],
        [DrinksWaterDuringRuns] = [],
        [HotOrHumid] = [WeatherDetail],
        [HeelStrike] = [],
        [ForefootStrike] = [],
        [WornShoes] = [ShoesDetail],
        [LowerBack] = [],
        [MiddleBack] = [],
        [UpperBack] = [],
    };

    /// <summary>Every fact id.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Details.Keys];

    /// <summary>Whether <paramref name="factId"/> is a fact id.</summary>
    public static bool IsKnown(string factId) => Details.ContainsKey(factId);

    /// <summary>The detail names a fact can offer to wording; empty for an unknown fact.</summary>
    public static IReadOnlyList<string> DetailsOf(string factId) =>
        Details.TryGetValue(factId, out var details) ? details : [];

    /// <summary>The facts that hold for a report, each with the details known about it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Of(RunnerReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var facts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        void Add(bool holds, string fact, params (string Name, string? Value)[] details)
        {
            if (holds)
            {
                facts[fact] = details
                    .Where(detail => !string.IsNullOrWhiteSpace(detail.Value))
                    .ToDictionary(detail => detail.Name, detail => detail.Value!, StringComparer.Ordinal);
            }
        }

        Add(
            report.MileageIncreased == true,
            MileageIncrease,
            (MileageBeforeDetail, Format(report.MileageBefore)),
            (MileageAfterDetail, Format(report.MileageAfter)),
            (DistanceUnitDetail, report.MileageBefore is null ? null : report.DistanceUnit));
        Add(report.IntensityIncreased == true, IntensityIncrease);
        Add(report.NewHills == true, NewHills);
        Add(report.UnevenSurface == true, UnevenSurface, (SurfaceDetail, report.SurfacePhrase));
        Add(report.CoreTraining == CoreTrainingFrequency.Never, CoreNever);
        Add(report.CoreTraining == CoreTrainingFrequency.Rarely, CoreRarely);
        Add(report.CoreTraining == CoreTrainingFrequency.Weekly, CoreWeekly);
        Add(report.CoreTraining == CoreTrainingFrequency.SeveralTimesAWeek, CoreSeveralTimesAWeek);
        Add(report.LeansForward == true, LeansForward);
        Add(report.LongStrides == true, LongStrides);
        Add(report.HeadAndShouldersOutOfLine == true, HeadAndShouldersOutOfLine);
        Add(report.DrinksWaterDuringRuns == false, NoWaterDuringRuns);
        Add(report.DrinksWaterDuringRuns == true, DrinksWaterDuringRuns);
        Add(report.HotOrHumid == true, HotOrHumid, (WeatherDetail, report.WeatherPhrase));
        Add(report.HeelStrike == true, HeelStrike);
        Add(report.HeelStrike == false, ForefootStrike);
        Add(report.WornOrUnsupportiveShoes == true, WornShoes, (ShoesDetail, report.ShoesPhrase));
        Add(report.Location == BackRegion.Lower, LowerBack);
        Add(report.Location == BackRegion.Middle, MiddleBack);
        Add(report.Location == BackRegion.Upper, UpperBack);
        return facts;
    }

    private static string? Format(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
