using SpineBot.Conversation.Records;

namespace SpineBot.Conversation.Tests.Support;

/// <summary>Feedback kept in memory, for asserting what the bot recorded.</summary>
internal sealed class RecordedFeedback : IFeedbackStore
{
    private readonly List<FeedbackEntry> _entries = [];

    public IReadOnlyList<FeedbackEntry> All => _entries;

    public Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        _entries.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FeedbackEntry>>(_entries);

    public Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.RemoveAll(entry => entry.ConversationId == conversationId));

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        Task.FromResult(0);
}
