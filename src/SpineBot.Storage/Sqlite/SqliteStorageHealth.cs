using SpineBot.Conversation.Records;
using SpineBot.Storage.Health;

namespace SpineBot.Storage.Sqlite;

/// <summary>Healthy when the database file opens and grants a write lock (then released without writing).</summary>
internal sealed class SqliteStorageHealth(SqliteDatabase database) : IStorageHealth
{
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await database.RunAsync(
                async connection =>
                {
                    await using var transaction = connection.BeginTransaction();
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = "SELECT COUNT(*) FROM bot_state WHERE key = '';";
                    await command.ExecuteScalarAsync(cancellationToken);
                    await transaction.RollbackAsync(cancellationToken);
                },
                cancellationToken);
            return true;
        }
        catch (StorageUnavailableException)
        {
            return false;
        }
    }
}
