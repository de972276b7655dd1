using Microsoft.Data.Sqlite;
using SpineBot.Storage.Records;

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
    private const string PurgeSql = "DELETE FROM feedback WHERE created_at < $cutoff;";

    public async Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.Id, nameof(entry));
        try
        {
            await database.RunAsync(
                async connection =>
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = InsertSql;
                    command.Parameters.AddWithValue("$id", entry.Id);
                    command.Parameters.AddWithValue("$conversation", entry.ConversationId);
                    command.Parameters.AddWithValue("$helpful", entry.Helpful ? 1 : 0);
                    command.Parameters.AddWithValue("$topCause", (object?)entry.TopCauseId ?? DBNull.Value);
                    command.Parameters.AddWithValue("$createdAt", SqliteTicks.From(entry.CreatedAt));
                    await command.ExecuteNonQueryAsync(cancellationToken);
                },
                cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteDatabase.ConstraintViolation)
        {
            throw StorageConflictException.ForRecord(entry.Id, exception);
        }
    }

    public Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<FeedbackEntry>>(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ListSql;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var entries = new List<FeedbackEntry>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    entries.Add(new FeedbackEntry(
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.GetInt64(2) != 0,
                        reader.IsDBNull(3) ? null : reader.GetString(3),
                        SqliteTicks.ToInstant(reader.GetInt64(4))));
                }

                return entries;
            },
            cancellationToken);

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
