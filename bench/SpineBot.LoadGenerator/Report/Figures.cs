using System.Globalization;
using SpineBot.LoadGenerator.Load;

namespace SpineBot.LoadGenerator.Report;

/// <summary>How numbers are written in the report (invariant culture; "n/a" for what was not measured).</summary>
internal static class Figures
{
    public const string NotMeasured = "n/a";

    public static string Number(double value, string format = "0") =>
        double.IsNaN(value) || double.IsInfinity(value) ? NotMeasured : value.ToString(format, CultureInfo.InvariantCulture);

    public static string Ratio(double numerator, double denominator) =>
        double.IsNaN(numerator) || double.IsNaN(denominator) || denominator == 0 ? NotMeasured : Number(numerator / denominator, "0.00") + "×";

    public static string Latencies(LoadResult? result) =>
        result is null ? NotMeasured : $"{Number(result.Latency.P50, "0.0")} / {Number(result.Latency.P95, "0.0")} / {Number(result.Latency.P99, "0.0")}";

    public static string Megabytes(long bytes) => Number(bytes / 1024.0 / 1024.0);

    public static string Verdict(bool? met) => met switch
    {
        true => "met",
        false => "**missed**",
        null => NotMeasured,
    };
}
