using SpineBot.Conversation.Records;

namespace SpineBot.Conversation.Tests.Support;

/// <summary>Call-back requests kept in memory, for asserting what the bot recorded.</summary>
internal sealed class RecordedCallbacks : ICallbackRequestStore
{
    private readonly List<CallbackRequest> _requests = [];

    public IReadOnlyList<CallbackRequest> All => _requests;

    public Task AddAsync(CallbackRequest request, CancellationToken cancellationToken = default)
    {
        _requests.Add(request);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CallbackRequest>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CallbackRequest>>([.. _requests.Where(request => request.DoneAt is null)]);

    public Task<bool> MarkDoneAsync(string id, DateTimeOffset doneAt, CancellationToken cancellationToken = default)
    {
        var index = _requests.FindIndex(request => request.Id == id);
        if (index >= 0)
        {
            _requests[index] = _requests[index] with { DoneAt = _requests[index].DoneAt ?? doneAt };
        }

        return Task.FromResult(index >= 0);
    }

    public Task<IReadOnlyList<CallbackRequest>> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var deleted = _requests.Where(request => request.ConversationId == conversationId).ToList();
        _requests.RemoveAll(request => request.ConversationId == conversationId);
        return Task.FromResult<IReadOnlyList<CallbackRequest>>(deleted);
    }

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        Task.FromResult(0);
}
