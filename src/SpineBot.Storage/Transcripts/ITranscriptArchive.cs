using SpineBot.Conversation.Records;

namespace SpineBot.Storage.Transcripts;

/// <summary>
/// Keeps redacted transcripts for quality review, beside bot state in the configured store.
/// </summary>
internal interface ITranscriptArchive : IConversationTranscripts
{
    Task AddAsync(TranscriptEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The conversation's entries in the order they were added.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ListAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Deletes entries logged before <paramref name="cutoff"/>; returns how many were deleted.</summary>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
