using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage.Sqlite;

/// <summary>Redacted transcripts in the <c>transcripts</c> table of the SQLite database.</summary>
internal sealed class SqliteTranscriptArchive(SqliteDatabase database) : ITranscriptArchive
{
    private const string InsertSql =
        "INSERT INTO transcripts (conversation_id, created_at, json) VALUES ($conversation, $createdAt, $json);";
    private const string ListSql = "SELECT json FROM transcripts WHERE conversation_id = $conversation ORDER BY seq;";
    private const string DeleteConversationSql = "DELETE FROM transcripts WHERE conversation_id = $conversation;";
    private const string PurgeSql = "DELETE FROM transcripts WHERE created_at < $cutoff;";

    public Task AddAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return database.ExecuteAsync(
            InsertSql,
            parameters =>
            {
                parameters.AddWithValue("$conversation", entry.ConversationId);
                parameters.AddWithValue("$createdAt", SqliteTicks.From(entry.Timestamp));
                parameters.AddWithValue("$json", TranscriptJson.Serialize(entry));
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<TranscriptEntry>> ListAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return database.QueryAsync(
            ListSql,
            parameters => parameters.AddWithValue("$conversation", conversationId),
            reader => TranscriptJson.Deserialize(reader.GetString(0)),
            cancellationToken);
    }

    public Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        database.DeleteConversationAsync(DeleteConversationSql, conversationId, cancellationToken);

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        database.PurgeAsync(PurgeSql, cutoff, cancellationToken);
}
