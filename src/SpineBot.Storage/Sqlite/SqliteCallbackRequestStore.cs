using Microsoft.Data.Sqlite;
using SpineBot.Conversation.Records;

namespace SpineBot.Storage.Sqlite;

/// <summary>Call-back requests in the <c>callback_requests</c> table of the SQLite database.</summary>
internal sealed class SqliteCallbackRequestStore(SqliteDatabase database) : ICallbackRequestStore
{
    private const string InsertSql = """
        INSERT INTO callback_requests (id, conversation_id, name, phone, best_time, summary, created_at, done_at, level, reasons)
        VALUES ($id, $conversation, $name, $phone, $bestTime, $summary, $createdAt, $doneAt, $level, $reasons);
        """;
    private const string ListOpenSql = """
        SELECT id, conversation_id, name, phone, best_time, summary, created_at, done_at, level, reasons
        FROM callback_requests WHERE done_at IS NULL ORDER BY created_at, id;
        """;
    private const string MarkDoneSql = "UPDATE callback_requests SET done_at = COALESCE(done_at, $doneAt) WHERE id = $id;";
    private const string DeleteConversationSql = """
        DELETE FROM callback_requests WHERE conversation_id = $conversation
        RETURNING id, conversation_id, name, phone, best_time, summary, created_at, done_at, level, reasons;
        """;
    private const string PurgeSql = "DELETE FROM callback_requests WHERE created_at < $cutoff;";

    public Task AddAsync(CallbackRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.Id, nameof(request));
        return database.InsertRecordAsync(
            InsertSql,
            request.Id,
            parameters =>
            {
                parameters.AddWithValue("$id", request.Id);
                parameters.AddWithValue("$conversation", request.ConversationId);
                parameters.AddWithValue("$name", request.Name);
                parameters.AddWithValue("$phone", request.Phone);
                parameters.AddWithValue("$bestTime", request.BestTime);
                parameters.AddWithValue("$summary", request.Summary);
                parameters.AddWithValue("$level", request.Level);
                parameters.AddWithValue("$reasons", request.Reasons);
                parameters.AddWithValue("$createdAt", SqliteTicks.From(request.CreatedAt));
                parameters.AddWithValue("$doneAt", request.DoneAt is { } doneAt ? SqliteTicks.From(doneAt) : DBNull.Value);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<CallbackRequest>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        database.QueryAsync(ListOpenSql, SqliteCommands.NoParameters, ReadRequest, cancellationToken);

    public Task<IReadOnlyList<CallbackRequest>> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return database.RunWriteAsync<IReadOnlyList<CallbackRequest>>(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = DeleteConversationSql;
                command.Parameters.AddWithValue("$conversation", conversationId);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var deleted = new List<CallbackRequest>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    deleted.Add(ReadRequest(reader));
                }

                return deleted;
            },
            cancellationToken);
    }

    public async Task<bool> MarkDoneAsync(string id, DateTimeOffset doneAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var changed = await database.ExecuteAsync(
            MarkDoneSql,
            parameters =>
            {
                parameters.AddWithValue("$id", id);
                parameters.AddWithValue("$doneAt", SqliteTicks.From(doneAt));
            },
            cancellationToken);
        return changed == 1;
    }

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        database.PurgeAsync(PurgeSql, cutoff, cancellationToken);

    private static CallbackRequest ReadRequest(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        SqliteTicks.ToInstant(reader.GetInt64(6)),
        reader.IsDBNull(7) ? null : SqliteTicks.ToInstant(reader.GetInt64(7)))
    {
        Level = reader.GetString(8),
        Reasons = reader.GetString(9),
    };
}
