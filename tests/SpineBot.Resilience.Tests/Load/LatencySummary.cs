using System.Globalization;

namespace SpineBot.Resilience.Tests.Load;

/// <summary>Turns per second and nearest-rank latency percentiles of a load run, for information only.</summary>
internal static class LatencySummary
{
    public static string Describe(IReadOnlyCollection<TimeSpan> turns, TimeSpan wallClock)
    {
        ArgumentNullException.ThrowIfNull(turns);
        if (turns.Count == 0)
        {
            return "no turns";
        }

        var sorted = turns.Select(turn => turn.TotalMilliseconds).Order().ToArray();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{turns.Count} turns in {wallClock.TotalSeconds:F1} s = {turns.Count / wallClock.TotalSeconds:F0} turns/s; " +
            $"latency p50 {Percentile(sorted, 50):F1} ms, p95 {Percentile(sorted, 95):F1} ms, p99 {Percentile(sorted, 99):F1} ms, max {sorted[^1]:F1} ms");
    }

    private static double Percentile(double[] sorted, int percent)
    {
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
