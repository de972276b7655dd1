using SpineBot.Conversation.Records;

namespace SpineBot.Storage.Blobs;

/// <summary>Call-back requests as JSON blobs under <c>records/callback-requests/</c>, marked open or done in metadata.</summary>
internal sealed class BlobCallbackRequestStore(BlobContainer container) : ICallbackRequestStore
{
    private const string DoneMetadata = "done";
    private const int MarkDoneAttempts = 3;

    private readonly BlobRecordFolder<CallbackRequest> _folder = new(container, BlobNames.CallbackRequestsPrefix);

    public Task AddAsync(CallbackRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.Id, nameof(request));
        return _folder.AddAsync(request.Id, BlobNames.CallbackRequest(request.Id), request, request.CreatedAt, DoneFlag(request), cancellationToken);
    }

    public async Task<IReadOnlyList<CallbackRequest>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        var requests = await _folder.ListAsync(
            metadata => !metadata.TryGetValue(DoneMetadata, out var done) || done != bool.TrueString,
            cancellationToken);
        return requests
            .Where(request => request.DoneAt is null)
            .OrderBy(request => request.CreatedAt)
            .ThenBy(request => request.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<bool> MarkDoneAsync(string id, DateTimeOffset doneAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var blobName = BlobNames.CallbackRequest(id);
        for (var attempt = 1; ; attempt++)
        {
            if (await _folder.ReadAsync(id, blobName, cancellationToken) is not { } stored)
            {
                return false;
            }

            if (stored.Record.DoneAt is not null)
            {
                return true;
            }

            var done = stored.Record with { DoneAt = doneAt };
            try
            {
                await _folder.ReplaceAsync(id, blobName, done, stored.ETag, done.CreatedAt, DoneFlag(done), cancellationToken);
                return true;
            }
            catch (StorageConflictException) when (attempt < MarkDoneAttempts)
            {
                // Someone else changed the request meanwhile: read it again.
            }
        }
    }

    public async Task<IReadOnlyList<CallbackRequest>> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return await _folder.DeleteWhereAsync(request => string.Equals(request.ConversationId, conversationId, StringComparison.Ordinal), cancellationToken);
    }

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        _folder.PurgeOlderThanAsync(cutoff, cancellationToken);

    private static Dictionary<string, string> DoneFlag(CallbackRequest request) =>
        new() { [DoneMetadata] = request.DoneAt is null ? bool.FalseString : bool.TrueString };
}
