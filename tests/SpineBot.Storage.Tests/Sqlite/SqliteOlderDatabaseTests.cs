using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Sqlite;

namespace SpineBot.Storage.Tests.Sqlite;

/// <summary>A database written before call-back requests kept their triage level still opens, and keeps new levels.</summary>
public sealed class SqliteOlderDatabaseTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_database_without_the_level_columns_gets_them_and_keeps_its_old_requests()
    {
        var path = _folder.File("old.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = """
                CREATE TABLE callback_requests (id TEXT NOT NULL PRIMARY KEY, conversation_id TEXT NOT NULL, name TEXT NOT NULL,
                    phone TEXT NOT NULL, best_time TEXT NOT NULL, summary TEXT NOT NULL, created_at INTEGER NOT NULL, done_at INTEGER NULL);
                INSERT INTO callback_requests VALUES ('old', 'c', 'Sam', '310-555-0100', 'mornings', 'lower back', 1, NULL);
                """;
            await create.ExecuteNonQueryAsync();
        }

        var store = StorageBackend.ForSqlite(new SqliteDatabase(path, SqliteDatabase.DefaultBusyTimeout), NullLoggerFactory.Instance).CallbackRequests;
        await store.AddAsync(new CallbackRequest("new", "c2", "Dana", "310-555-0123", "evenings", "fever", DateTimeOffset.UnixEpoch.AddDays(1))
        {
            Level = "consultation-24h",
            Reasons = "fever",
        });
        var open = await store.ListOpenAsync();

        Assert.Equal(["old", "new"], open.Select(request => request.Id));
        Assert.Equal(string.Empty, open[0].Level);
        Assert.Equal(("consultation-24h", "fever"), (open[1].Level, open[1].Reasons));
    }

    public void Dispose() => _folder.Dispose();
}
