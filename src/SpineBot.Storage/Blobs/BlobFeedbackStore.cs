using SpineBot.Conversation.Records;

namespace SpineBot.Storage.Blobs;

/// <summary>"Was this helpful?" answers as JSON blobs under <c>records/feedback/</c>.</summary>
internal sealed class BlobFeedbackStore(BlobContainer container) : IFeedbackStore
{
    private readonly BlobRecordFolder<FeedbackEntry> _folder = new(container, BlobNames.FeedbackPrefix);

    public Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.Id, nameof(entry));
        return _folder.AddAsync(entry.Id, BlobNames.Feedback(entry.Id), entry, entry.CreatedAt, metadata: null, cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var entries = await _folder.ListAsync(_ => true, cancellationToken);
        return entries
            .OrderBy(entry => entry.CreatedAt)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var deleted = await _folder.DeleteWhereAsync(entry => string.Equals(entry.ConversationId, conversationId, StringComparison.Ordinal), cancellationToken);
        return deleted.Count;
    }

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        _folder.PurgeOlderThanAsync(cutoff, cancellationToken);
}
