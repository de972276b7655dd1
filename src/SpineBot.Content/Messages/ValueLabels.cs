using SpineBot.Triage.Reports;

namespace SpineBot.Content.Messages;

/// <summary>How the report's values are said in a sentence ("lower back", "getting worse").</summary>
public sealed record ValueLabels
{
    public required IReadOnlyDictionary<BackRegion, string> Location { get; init; }

    public required IReadOnlyDictionary<PainSide, string> Side { get; init; }

    public required IReadOnlyDictionary<PainTrend, string> Trend { get; init; }
}
