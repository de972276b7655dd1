using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;
using SpineBot.Conversation.Records;
using SpineBot.Storage.State;

namespace SpineBot.Storage.Sqlite;

/// <summary>
/// Bot state (<see cref="IStorage"/>) in an embedded SQLite database file: the default store, durable across
/// restarts of a single instance.
/// </summary>
/// <remarks>
/// <para>ETags follow the SDK's storages: every write of an <see cref="IStoreItem"/> gives it a new ETag (set on the
/// written object too, and on every item read); a write whose ETag does not match the stored one throws
/// <see cref="StorageConflictException"/> (so does a specific ETag for an item that no longer exists); a null, empty
/// or <c>"*"</c> ETag overwrites. A state dictionary (what <c>ConversationState</c> stores) carries its ETag under
/// the key <c>"eTag"</c> with the same rules, so two turns saving the same conversation cannot silently overwrite
/// each other. One <see cref="WriteAsync"/> is one transaction: a conflict on any key writes none.</para>
/// <para>Failures of the database file throw <see cref="StorageUnavailableException"/>. An item that can no longer be
/// read (for example a type that was renamed) is logged and treated as absent, so its conversation starts afresh.</para>
/// <para>Safe for concurrent use: one pooled connection per operation, WAL mode and a busy timeout.</para>
/// </remarks>
public sealed partial class SqliteStorage : IStorage, ISerializedStateStore
{
    private const string SelectSql = "SELECT etag, json FROM bot_state WHERE key = $key;";
    private const string UpsertSql = """
        INSERT INTO bot_state (key, etag, json) VALUES ($key, $etag, $json)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json;
        """;
    private const string InsertNewSql =
        "INSERT INTO bot_state (key, etag, json) VALUES ($key, $etag, $json) ON CONFLICT (key) DO NOTHING;";
    private const string ConditionalUpdateSql =
        "UPDATE bot_state SET etag = $etag, json = $json WHERE key = $key AND etag = $expected;";
    private const string DeleteSql = "DELETE FROM bot_state WHERE key = $key;";

    private readonly SqliteDatabase _database;
    private readonly ILogger _logger;

    /// <summary>Creates the store on the database file at <paramref name="databasePath"/> (created on first use).</summary>
    public SqliteStorage(string databasePath, ILogger<SqliteStorage>? logger = null)
        : this(new SqliteDatabase(databasePath, SqliteDatabase.DefaultBusyTimeout), logger)
    {
    }

    internal SqliteStorage(SqliteDatabase database, ILogger<SqliteStorage>? logger)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _logger = logger ?? NullLogger<SqliteStorage>.Instance;
    }

    /// <summary>The database file's full path.</summary>
    public string DatabasePath => _database.Path;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        StoreItemETags.ThrowIfBlank(keys);
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return items;
        }

        await _database.RunAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = SelectSql;
                var key = command.Parameters.Add("$key", SqliteType.Text);
                foreach (var wanted in keys.Distinct(StringComparer.Ordinal))
                {
                    key.Value = wanted;
                    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                    if (await reader.ReadAsync(cancellationToken) && ReadItem(wanted, reader.GetString(1)) is { } item)
                    {
                        StoreItemETags.Assign(item, reader.GetString(0));
                        items[wanted] = item;
                    }
                }
            },
            cancellationToken);
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var writes = changes
            .Select(change =>
            {
                StoreItemETags.ThrowIfBlank(change.Key);
                var (value, json) = SerializedState.ForWrite(change.Key, change.Value);
                return new PendingWrite(
                    change.Key,
                    value,
                    json,
                    StoreItemETags.Expected(value),
                    StoreItemETags.MustBeNew(value),
                    Guid.NewGuid().ToString("N"));
            })
            .ToList();
        if (writes.Count == 0)
        {
            return;
        }

        await _database.RunWriteAsync(
            async connection =>
            {
                await using var transaction = connection.BeginTransaction();
                foreach (var write in writes)
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = write switch
                    {
                        { ExpectedETag: not null } => ConditionalUpdateSql,
                        { MustBeNew: true } => InsertNewSql,
                        _ => UpsertSql,
                    };
                    command.Parameters.AddWithValue("$key", write.Key);
                    command.Parameters.AddWithValue("$etag", write.NewETag);
                    command.Parameters.AddWithValue("$json", write.Json);
                    if (write.ExpectedETag is not null)
                    {
                        command.Parameters.AddWithValue("$expected", write.ExpectedETag);
                    }

                    if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
                    {
                        throw StorageConflictException.ForKey(write.Key);
                    }
                }

                await transaction.CommitAsync(cancellationToken);
            },
            cancellationToken);

        foreach (var write in writes)
        {
            StoreItemETags.Assign(write.Value, write.NewETag);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        StoreItemETags.ThrowIfBlank(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await _database.RunWriteAsync(
            async connection =>
            {
                await using var transaction = connection.BeginTransaction();
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = DeleteSql;
                var key = command.Parameters.Add("$key", SqliteType.Text);
                foreach (var unwanted in keys)
                {
                    key.Value = unwanted;
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            },
            cancellationToken);
    }

    private object? ReadItem(string key, string json)
    {
        try
        {
            return StateJson.Deserialize(json);
        }
        catch (JsonException exception)
        {
            LogUnreadableItem(_logger, key, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored bot state under key {Key} could not be read and is treated as absent")]
    private static partial void LogUnreadableItem(ILogger logger, string key, Exception exception);

    private sealed record PendingWrite(string Key, object Value, string Json, string? ExpectedETag, bool MustBeNew, string NewETag);
}
