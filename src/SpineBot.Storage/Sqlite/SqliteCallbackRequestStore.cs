using Microsoft.Data.Sqlite;
using SpineBot.Storage.Records;

namespace SpineBot.Storage.Sqlite;

/// <summary>Call-back requests in the <c>callback_requests</c> table of the SQLite database.</summary>
internal sealed class SqliteCallbackRequestStore(SqliteDatabase database) : ICallbackRequestStore
{
    private const string InsertSql = """
        INSERT INTO callback_requests (id, conversation_id, name, phone, best_time, summary, created_at, done_at)
        VALUES ($id, $conversation, $name, $phone, $bestTime, $summary, $createdAt, $doneAt);
        """;
    private const string ListOpenSql = """
        SELECT id, conversation_id, name, phone, best_time, summary, created_at, done_at
        FROM callback_requests WHERE done_at IS NULL ORDER BY created_at, id;
        """;
    private const string MarkDoneSql = "UPDATE callback_requests SET done_at = COALESCE(done_at, $doneAt) WHERE id = $id;";
    private const string PurgeSql = "DELETE FROM callback_requests WHERE created_at < $cutoff;";

    public async Task AddAsync(CallbackRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.Id, nameof(request));
        try
        {
            await database.RunAsync(
                async connection =>
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = InsertSql;
                    command.Parameters.AddWithValue("$id", request.Id);
                    command.Parameters.AddWithValue("$conversation", request.ConversationId);
                    command.Parameters.AddWithValue("$name", request.Name);
                    command.Parameters.AddWithValue("$phone", request.Phone);
                    command.Parameters.AddWithValue("$bestTime", request.BestTime);
                    command.Parameters.AddWithValue("$summary", request.Summary);
                    command.Parameters.AddWithValue("$createdAt", SqliteTicks.From(request.CreatedAt));
                    command.Parameters.AddWithValue("$doneAt", request.DoneAt is { } doneAt ? SqliteTicks.From(doneAt) : DBNull.Value);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                },
                cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteDatabase.ConstraintViolation)
        {
            throw StorageConflictException.ForRecord(request.Id, exception);
        }
    }

    public Task<IReadOnlyList<CallbackRequest>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<CallbackRequest>>(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ListOpenSql;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var requests = new List<CallbackRequest>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    requests.Add(new CallbackRequest(
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.GetString(4),
                        reader.GetString(5),
                        SqliteTicks.ToInstant(reader.GetInt64(6)),
                        reader.IsDBNull(7) ? null : SqliteTicks.ToInstant(reader.GetInt64(7))));
                }

                return requests;
            },
            cancellationToken);

    public Task<bool> MarkDoneAsync(string id, DateTimeOffset doneAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return database.RunAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = MarkDoneSql;
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$doneAt", SqliteTicks.From(doneAt));
                return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
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
