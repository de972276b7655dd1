namespace SpineBot.LoadGenerator.Options;

/// <summary>How long and how hard each phase runs: the full run (about 8 minutes) or the quick smoke run (about 1).</summary>
internal sealed record BenchProfile(
    string Name,
    TimeSpan WarmUp,
    int ThroughputRounds,
    int ThroughputRunners,
    TimeSpan ThroughputDuration,
    int LatencyRunners,
    TimeSpan LatencyDuration,
    TimeSpan MinThink,
    TimeSpan MaxThink,
    int MemoryConversations,
    int ColdStartRuns)
{
    public static readonly BenchProfile Full = new(
        "full",
        WarmUp: TimeSpan.FromSeconds(5),
        ThroughputRounds: 3,
        ThroughputRunners: 32,
        ThroughputDuration: TimeSpan.FromSeconds(15),
        LatencyRunners: 200,
        LatencyDuration: TimeSpan.FromSeconds(30),
        MinThink: TimeSpan.FromMilliseconds(500),
        MaxThink: TimeSpan.FromMilliseconds(1500),
        MemoryConversations: 10_000,
        ColdStartRuns: 5);

    public static readonly BenchProfile Quick = new(
        "quick",
        WarmUp: TimeSpan.FromSeconds(2),
        ThroughputRounds: 1,
        ThroughputRunners: 32,
        ThroughputDuration: TimeSpan.FromSeconds(5),
        LatencyRunners: 200,
        LatencyDuration: TimeSpan.FromSeconds(8),
        MinThink: TimeSpan.FromMilliseconds(500),
        MaxThink: TimeSpan.FromMilliseconds(1500),
        MemoryConversations: 1_000,
        ColdStartRuns: 2);
}
