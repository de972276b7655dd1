using SpineBot.Conversation.Records;

namespace SpineBot.Storage.Sqlite;

/// <summary>"Was this helpful?" answers in the <c>feedback</c> table of the SQLite database.</summary>
internal sealed class SqliteFeedbackStore(SqliteDatabase database) : IFeedbackStore
{
    private const string InsertSql = """
        INSERT INTO feedback (id, conversation_id, helpful, top_cause_id, created_at)
        VALUES ($id, $conversation, $helpful, $topCause, $createdAt);
        """;
    private const string ListSql =
        "SELECT id, conversation_id, helpful, top_cause_id, created_at FROM feedback ORDER BY created_at, id;";
    private const string DeleteConversationSql = "DELETE FROM feedback WHERE conversation_id = $conversation;";
    private const string PurgeSql = "DELETE FROM feedback WHERE created_at < $cutoff;";

    public Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.Id, nameof(entry));
        return database.InsertRecordAsync(
            InsertSql,
            entry.Id,
            parameters =>
            {
                parameters.AddWithValue("$id", entry.Id);
                parameters.AddWithValue("$conversation", entry.ConversationId);
                parameters.AddWithValue("$helpful", entry.Helpful ? 1 : 0);
                parameters.AddWithValue("$topCause", (object?)entry.TopCauseId ?? DBNull.Value);
                parameters.AddWithValue("$createdAt", SqliteTicks.From(entry.CreatedAt));
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken = default) =>
        database.QueryAsync(
            ListSql,
            SqliteCommands.NoParameters,
            reader => new FeedbackEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt64(2) != 0,
                reader.IsDBNull(3) ? null : reader.GetString(3),
                SqliteTicks.ToInstant(reader.GetInt64(4))),
            cancellationToken);

    public Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        database.DeleteConversationAsync(DeleteConversationSql, conversationId, cancellationToken);

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        database.PurgeAsync(PurgeSql, cutoff, cancellationToken);
}
