using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineBot.LoadGenerator.Report;

/// <summary>How a run's raw results are saved next to its Markdown (bench/results/*.json).</summary>
internal static class ResultsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
