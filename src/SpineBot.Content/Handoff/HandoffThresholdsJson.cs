using System.ComponentModel;

namespace SpineBot.Content.Handoff;

/// <summary>handoff.json "thresholds".</summary>
[Description("handoff.json \"thresholds\".")]
internal sealed record HandoffThresholdsJson
{
    public int? MinimumDays { get; init; }

    public int? MinimumSeverity { get; init; }

    public int? NotImprovingDays { get; init; }

    [Description("The clinical source of these thresholds.")]
    public string? Source { get; init; }
}
