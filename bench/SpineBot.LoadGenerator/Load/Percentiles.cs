namespace SpineBot.LoadGenerator.Load;

/// <summary>Latency percentiles in milliseconds, by nearest rank over the sorted latencies of every OK turn.</summary>
internal sealed record Percentiles(double Mean, double P50, double P95, double P99, double Max)
{
    public static readonly Percentiles None = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    public static Percentiles Of(double[] sortedMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(sortedMilliseconds);
        if (sortedMilliseconds.Length == 0)
        {
            return None;
        }

        return new Percentiles(
            sortedMilliseconds.Average(),
            Rank(sortedMilliseconds, 0.50),
            Rank(sortedMilliseconds, 0.95),
            Rank(sortedMilliseconds, 0.99),
            sortedMilliseconds[^1]);
    }

    private static double Rank(double[] sorted, double quantile)
    {
        var index = (int)Math.Ceiling(quantile * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
