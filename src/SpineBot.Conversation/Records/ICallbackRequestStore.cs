namespace SpineBot.Conversation.Records;

/// <summary>
/// Keeps the runners' call-back requests for the clinic's staff.
/// </summary>
public interface ICallbackRequestStore
{
    /// <summary>Records a new call-back request.</summary>
    Task AddAsync(CallbackRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists the requests staff have not marked done, oldest first.</summary>
    Task<IReadOnlyList<CallbackRequest>> ListOpenAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks a request done; false when no request has that id.</summary>
    Task<bool> MarkDoneAsync(string id, DateTimeOffset doneAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes every request of a conversation ("forget me"), open or done; returns the requests deleted, so that the
    /// caller can tell the runner whether staff had already acted on one.
    /// </summary>
    Task<IReadOnlyList<CallbackRequest>> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Deletes requests created before <paramref name="cutoff"/>; returns how many were deleted.</summary>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
