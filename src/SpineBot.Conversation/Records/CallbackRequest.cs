namespace SpineBot.Conversation.Records;

/// <summary>
/// A runner's request to be called back by the clinic, recorded with the runner's consent.
/// </summary>
/// <param name="Id">A random identifier, unique per request.</param>
/// <param name="ConversationId">The conversation the request came from.</param>
/// <param name="Name">The name the runner gave.</param>
/// <param name="Phone">The phone number the runner gave, normalised (for example "310-828-7757" or "+1 310 828 7757").</param>
/// <param name="BestTime">When the runner said it is best to call.</param>
/// <param name="Summary">A short summary of the runner's answers, for the clinic's staff.</param>
/// <param name="CreatedAt">When the request was made.</param>
/// <param name="DoneAt">When staff marked it done; null while it is open.</param>
public sealed record CallbackRequest(
    string Id,
    string ConversationId,
    string Name,
    string Phone,
    string BestTime,
    string Summary,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DoneAt = null)
{
    /// <summary>
    /// The triage level the conversation reached ("self-care", "consultation", "consultation-24h", ...; empty for a
    /// request recorded before levels were kept).
    /// </summary>
    public string Level { get; init; } = string.Empty;

    /// <summary>Why: the ids of the warning signs or hand-off reasons behind <see cref="Level"/>, comma-separated.</summary>
    public string Reasons { get; init; } = string.Empty;
}
