namespace SpineBot.Content.Messages;

/// <summary>"Was this helpful?" and the thanks.</summary>
public sealed record FeedbackMessages
{
    public required string Question { get; init; }

    /// <summary>The "yes" button.</summary>
    public required string Yes { get; init; }

    /// <summary>The "no" button.</summary>
    public required string No { get; init; }

    public required string ThanksYes { get; init; }

    public required string ThanksNo { get; init; }
}
