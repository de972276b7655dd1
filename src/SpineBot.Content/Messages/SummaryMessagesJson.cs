using System.ComponentModel;
namespace SpineBot.Content.Messages;

/// <summary>messages.json "summary".</summary>
[Description("messages.json \"summary\".")]
internal sealed record SummaryMessagesJson
{
    public string? Title { get; init; }

    public string? Location { get; init; }

    public string? Side { get; init; }

    public string? Severity { get; init; }

    public string? Duration { get; init; }

    public string? Trend { get; init; }

    public string? LegSymptoms { get; init; }

    public string? AfterEveryRun { get; init; }

    public string? LikelyCauses { get; init; }

    public string? NoLikelyCause { get; init; }

    public string? HandoffRecommended { get; init; }

    public string? HandoffSoon { get; init; }

    public string? NoHandoff { get; init; }
}
