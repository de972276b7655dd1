using Microsoft.Extensions.Logging.Abstractions;
using SpineBot.Storage.Sqlite;
using SpineBot.Storage.Tests.Contracts;

namespace SpineBot.Storage.Tests.Sqlite;

/// <summary>The records contract against an SQLite database file.</summary>
public sealed class SqliteRecordStoreTests : RecordStoreContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    private protected override StorageBackend CreateBackend() => StorageBackend.ForSqlite(
        new SqliteDatabase(_folder.File("records.db"), SqliteDatabase.DefaultBusyTimeout),
        NullLoggerFactory.Instance);

    public void Dispose() => _folder.Dispose();
}
