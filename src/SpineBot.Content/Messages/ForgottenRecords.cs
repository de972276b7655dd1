namespace SpineBot.Content.Messages;

/// <summary>How the bot names each kind of record "forget me" deleted, in the list it reads back.</summary>
public sealed record ForgottenRecords
{
    /// <summary>The runner's call-back request(s).</summary>
    public required string CallbackRequest { get; init; }

    /// <summary>The runner's answer to "was this helpful?".</summary>
    public required string Feedback { get; init; }

    /// <summary>The redacted transcript kept for quality review.</summary>
    public required string Transcript { get; init; }

    /// <summary>The chat's messages held by the website's chat service, and its access.</summary>
    public required string ChatHistory { get; init; }
}
