namespace SpineBot.Conversation.Records;

/// <summary>
/// Keeps the runners' "was this helpful?" answers.
/// </summary>
public interface IFeedbackStore
{
    /// <summary>Records an answer.</summary>
    Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Lists every answer kept, oldest first.</summary>
    Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes every answer of a conversation ("forget me"); returns how many were deleted.</summary>
    Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Deletes answers created before <paramref name="cutoff"/>; returns how many were deleted.</summary>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
