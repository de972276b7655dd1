using SpineBot.LoadGenerator.Load;
using SpineBot.LoadGenerator.Measurements;
using SpineBot.LoadGenerator.Servers;

namespace SpineBot.LoadGenerator.Run;

/// <summary>Everything measured for one of the compared bots in one run.</summary>
internal sealed class ServerFigures(string key, BotServerSpec spec)
{
    public string Key { get; } = key;

    public BotServerSpec Spec { get; } = spec;

    public List<LoadResult> Throughput { get; } = [];

    public LoadResult? Latency { get; set; }

    public LoadResult? DirectLineThroughput { get; set; }

    public LoadResult? DirectLineLatency { get; set; }

    public StateSize State { get; set; } = StateSize.None;

    public MemoryUse? Memory { get; set; }

    public ColdStart? ColdStart { get; set; }

    /// <summary>Conversation ids (expectReplies) that played their whole script, for the state-size probe.</summary>
    public List<string> CompletedConversationIds { get; } = [];

    public IEnumerable<LoadResult> AllLoads() =>
        Throughput.Concat(new[] { Latency, DirectLineThroughput, DirectLineLatency }.OfType<LoadResult>());

    /// <summary>The median of the throughput rounds' turns per second.</summary>
    public double MedianTurnsPerSecond => Median(Throughput.Select(result => result.TurnsPerSecond));

    /// <summary>The median of the throughput rounds' bot CPU milliseconds per turn.</summary>
    public double MedianCpuMillisecondsPerTurn => Median(Throughput.Select(result => result.CpuMillisecondsPerTurn));

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(value => !double.IsNaN(value)).Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
