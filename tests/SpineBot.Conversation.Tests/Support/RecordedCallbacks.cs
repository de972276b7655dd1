using SpineBot.Storage.Records;

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

    public Task<bool> MarkDoneAsync(string id, DateTimeOffset doneAt, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        Task.FromResult(0);
}
