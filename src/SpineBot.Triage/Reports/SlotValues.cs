namespace SpineBot.Triage.Reports;

/// <summary>The content names of the report's enum values ("lower", "several-times-a-week").</summary>
internal static class SlotValues
{
    public static readonly IReadOnlyDictionary<string, BackRegion> Regions = new Dictionary<string, BackRegion>(StringComparer.Ordinal)
    {
        ["lower"] = BackRegion.Lower,
        ["middle"] = BackRegion.Middle,
        ["upper"] = BackRegion.Upper,
    };

    public static readonly IReadOnlyDictionary<string, PainSide> Sides = new Dictionary<string, PainSide>(StringComparer.Ordinal)
    {
        ["left"] = PainSide.Left,
        ["right"] = PainSide.Right,
        ["both"] = PainSide.Both,
        ["central"] = PainSide.Central,
    };

    public static readonly IReadOnlyDictionary<string, PainTrend> Trends = new Dictionary<string, PainTrend>(StringComparer.Ordinal)
    {
        ["better"] = PainTrend.Better,
        ["worse"] = PainTrend.Worse,
        ["same"] = PainTrend.Same,
    };

    public static readonly IReadOnlyDictionary<string, CoreTrainingFrequency> CoreFrequencies =
        new Dictionary<string, CoreTrainingFrequency>(StringComparer.Ordinal)
        {
            ["never"] = CoreTrainingFrequency.Never,
            ["rarely"] = CoreTrainingFrequency.Rarely,
            ["weekly"] = CoreTrainingFrequency.Weekly,
            ["several-times-a-week"] = CoreTrainingFrequency.SeveralTimesAWeek,
        };

    /// <summary>The content name of an enum value, e.g. <c>"lower"</c> for <see cref="BackRegion.Lower"/>.</summary>
    public static string NameOf<T>(IReadOnlyDictionary<string, T> names, T value)
        where T : struct, Enum =>
        names.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}
