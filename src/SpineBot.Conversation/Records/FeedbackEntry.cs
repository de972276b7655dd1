namespace SpineBot.Conversation.Records;

/// <summary>
/// A runner's answer to "was this helpful?" at the end of a conversation.
/// </summary>
/// <param name="Id">A random identifier.</param>
/// <param name="ConversationId">The conversation the answer came from.</param>
/// <param name="Helpful">True when the runner found the conversation helpful.</param>
/// <param name="TopCauseId">The id of the cause the bot explained first, if any.</param>
/// <param name="CreatedAt">When the answer was given.</param>
public sealed record FeedbackEntry(
    string Id,
    string ConversationId,
    bool Helpful,
    string? TopCauseId,
    DateTimeOffset CreatedAt);
