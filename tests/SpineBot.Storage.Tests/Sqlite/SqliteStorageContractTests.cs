using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using SpineBot.Storage.Sqlite;
using SpineBot.Storage.Tests.Contracts;

namespace SpineBot.Storage.Tests.Sqlite;

/// <summary>The storage contract against an SQLite database file.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("spinebot.db");

    protected override IStorage CreateStorage() => new SqliteStorage(DatabasePath);

    protected override IStorage ReopenStorage()
    {
        SqliteConnection.ClearAllPools();
        return new SqliteStorage(DatabasePath);
    }

    protected override async Task WriteRawAsync(string key, string json)
    {
        await CreateStorage().ReadAsync(["create-the-schema"]);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO bot_state (key, etag, json) VALUES ($key, 'raw', $json);";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", json);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _folder.Dispose();
}
