namespace SpineBot.Triage.Handoff;

/// <summary>Why the bot suggests the clinic check the pain, and the details each reason's wording may use.</summary>
public static class HandoffReasons
{
    /// <summary>The pain has lasted about two weeks or more.</summary>
    public const string LongLasting = "long-lasting";

    /// <summary>The pain has lasted about a week or more and is not clearly getting better (the same, or not known).</summary>
    public const string NotImproving = "not-improving";

    /// <summary>The pain comes back after every run.</summary>
    public const string AfterEveryRun = "after-every-run";

    /// <summary>The pain is getting worse.</summary>
    public const string GettingWorse = "getting-worse";

    /// <summary>The pain is severe.</summary>
    public const string Severe = "severe";

    /// <summary>Pain or numbness goes down a leg.</summary>
    public const string DownALeg = "down-a-leg";

    /// <summary>Detail: how long the pain has lasted, in the runner's words ("3 weeks").</summary>
    public const string DurationDetail = "duration";

    /// <summary>Detail: the pain score ("8").</summary>
    public const string SeverityDetail = "severity";

    private static readonly Dictionary<string, string[]> Details = new(StringComparer.Ordinal)
    {
        [LongLasting] = [DurationDetail],
        [NotImproving] = [DurationDetail],
        [AfterEveryRun] = [],
        [GettingWorse] = [],
        [Severe] = [SeverityDetail],
        [DownALeg] = [],
    };

    /// <summary>Every reason id, in the order the bot mentions them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Details.Keys];

    /// <summary>The detail names a reason's wording may use; empty for an unknown reason.</summary>
    public static IReadOnlyList<string> DetailsOf(string reasonId) =>
        Details.TryGetValue(reasonId, out var details) ? details : [];
}
