using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage.Sqlite;

/// <summary>Redacted transcripts in the <c>transcripts</c> table of the SQLite database.</summary>
internal sealed class SqliteTranscriptArchive(SqliteDatabase database) : ITranscriptArchive
{
    private const string InsertSql =
        "INSERT INTO transcripts (conversation_id, created_at, json) VALUES ($conversation, $createdAt, $json);";
    private const string ListSql = "SELECT json FROM transcripts WHERE conversation_id = $conversation ORDER BY seq;";
    private const string PurgeSql = "DELETE FROM transcripts WHERE created_at < $cutoff;";

    public Task AddAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return database.RunAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = InsertSql;
                command.Parameters.AddWithValue("$conversation", entry.ConversationId);
                command.Parameters.AddWithValue("$createdAt", SqliteTicks.From(entry.Timestamp));
                command.Parameters.AddWithValue("$json", TranscriptJson.Serialize(entry));
                await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<TranscriptEntry>> ListAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return database.RunAsync<IReadOnlyList<TranscriptEntry>>(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ListSql;
                command.Parameters.AddWithValue("$conversation", conversationId);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var entries = new List<TranscriptEntry>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    entries.Add(TranscriptJson.Deserialize(reader.GetString(0)));
                }

                return entries;
            },
            cancellationToken);
    }

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = PurgeSql;
                command.Parameters.AddWithValue("$cutoff", SqliteTicks.From(cutoff));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
}
