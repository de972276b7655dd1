using System.ComponentModel;
namespace SpineBot.Content.Messages;

/// <summary>messages.json "feedback".</summary>
[Description("messages.json \"feedback\".")]
internal sealed record FeedbackJson
{
    public string? Question { get; init; }

    public string? Yes { get; init; }

    public string? No { get; init; }

    public string? ThanksYes { get; init; }

    public string? ThanksNo { get; init; }
}
