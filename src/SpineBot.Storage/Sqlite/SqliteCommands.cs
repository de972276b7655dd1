using Microsoft.Data.Sqlite;
using SpineBot.Conversation.Records;

namespace SpineBot.Storage.Sqlite;

/// <summary>
/// One-statement commands on the database, shared by the record stores: execute, query, insert a record, purge.
/// </summary>
internal static class SqliteCommands
{
    public static Task<int> ExecuteAsync(
        this SqliteDatabase database,
        string sql,
        Action<SqliteParameterCollection> bind,
        CancellationToken cancellationToken) =>
        database.RunWriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                bind(command.Parameters);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    public static Task<IReadOnlyList<T>> QueryAsync<T>(
        this SqliteDatabase database,
        string sql,
        Action<SqliteParameterCollection> bind,
        Func<SqliteDataReader, T> read,
        CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<T>>(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                bind(command.Parameters);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var rows = new List<T>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add(read(reader));
                }

                return rows;
            },
            cancellationToken);

    /// <summary>Inserts a record; <see cref="StorageConflictException"/> when a record with that id exists.</summary>
    public static async Task InsertRecordAsync(
        this SqliteDatabase database,
        string sql,
        string id,
        Action<SqliteParameterCollection> bind,
        CancellationToken cancellationToken)
    {
        try
        {
            await database.ExecuteAsync(sql, bind, cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteDatabase.ConstraintViolation)
        {
            throw StorageConflictException.ForRecord(id, exception);
        }
    }

    /// <summary>Runs a <c>DELETE … WHERE conversation_id = $conversation</c> statement; returns how many rows went.</summary>
    public static Task<int> DeleteConversationAsync(this SqliteDatabase database, string sql, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return database.ExecuteAsync(sql, parameters => parameters.AddWithValue("$conversation", conversationId), cancellationToken);
    }

    /// <summary>Runs a <c>DELETE … WHERE created_at &lt; $cutoff</c> statement; returns how many rows went.</summary>
    public static Task<int> PurgeAsync(this SqliteDatabase database, string sql, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.ExecuteAsync(sql, parameters => parameters.AddWithValue("$cutoff", SqliteTicks.From(cutoff)), cancellationToken);

    public static void NoParameters(SqliteParameterCollection parameters)
    {
    }
}
