using System.Globalization;
using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage.Blobs;

/// <summary>
/// Redacted transcripts as JSON blobs under <c>transcripts/{conversation}/</c>, named by time and sequence so that a
/// listing returns a conversation in order.
/// </summary>
internal sealed class BlobTranscriptArchive(BlobContainer container) : ITranscriptArchive
{
    private readonly BlobRecordFolder<TranscriptEntry> _all = new(container, BlobNames.TranscriptsPrefix);
    private long _sequence;

    public Task AddAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.ConversationId, nameof(entry));
        var sequence = Interlocked.Increment(ref _sequence);
        var blobName = string.Create(
            CultureInfo.InvariantCulture,
            $"{BlobNames.TranscriptFolder(entry.ConversationId)}{entry.Timestamp.UtcTicks:D19}-{sequence:D12}-{Guid.NewGuid():N}");
        return _all.AddAsync(blobName, blobName, entry, entry.Timestamp, metadata: null, cancellationToken);
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ListAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var conversation = new BlobRecordFolder<TranscriptEntry>(container, BlobNames.TranscriptFolder(conversationId));
        return await conversation.ListAsync(_ => true, cancellationToken);
    }

    public Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return new BlobRecordFolder<TranscriptEntry>(container, BlobNames.TranscriptFolder(conversationId)).DeleteAllAsync(cancellationToken);
    }

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        _all.PurgeOlderThanAsync(cutoff, cancellationToken);
}
