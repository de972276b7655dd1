using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using SpineBot.Conversation.Tests.State;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Storage;

namespace SpineBot.Conversation.Tests.Transcripts;

/// <summary>
/// <c>Transcripts:Enabled</c>: the archive (SQLite, read back from the file) holds what the runner said and what the bot
/// actually delivered, once per turn even when a turn was retried, with phone numbers redacted.
/// </summary>
public sealed class TranscriptTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spinebot-transcripts-").FullName;

    private string DatabasePath => Path.Combine(_folder, "spinebot.db");

    [Fact]
    public async Task The_archive_holds_each_delivered_reply_once_even_after_a_retried_turn()
    {
        var store = new StoreThatConflicts();
        using var bot = new BotHarness(storage: store, configure: services => services.AddBotStorage(Settings(enabled: true)));
        const string Story = "My lower back has hurt for 3 weeks, about 6 out of 10";

        store.ConflictOnNextWrite = true;
        var replies = await bot.SayAsync(Story);
        var entries = await ReadArchiveAsync(bot.Adapter.Conversation.Conversation.Id);

        Assert.Equal(1, store.ConflictsRaised);
        Assert.Equal(("user", Story), (entries[0].Role, entries[0].Text));
        Assert.Equal([.. replies.Activities.Select(activity => activity.AsMessageActivity()?.Text)], entries.Skip(1).Select(entry => entry.Text));
        Assert.All(entries.Skip(1), entry => Assert.Equal("bot", entry.Role));
    }

    [Fact]
    public async Task Phone_numbers_are_redacted_in_the_archive()
    {
        using var bot = new BotHarness(configure: services => services.AddBotStorage(Settings(enabled: true)));

        await bot.SayAsync("call me on 310-555-0123 please");
        var entries = await ReadArchiveAsync(bot.Adapter.Conversation.Conversation.Id);

        Assert.DoesNotContain(entries, entry => entry.Text?.Contains("555-0123", StringComparison.Ordinal) == true);
        Assert.Contains(entries, entry => entry.Role == "user" && entry.Text?.Contains("[phone]", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Nothing_is_kept_unless_transcripts_are_enabled()
    {
        using var bot = new BotHarness(configure: services => services.AddBotStorage(Settings(enabled: false)));

        await bot.SayAsync("My lower back hurts");

        Assert.Empty(await ReadArchiveAsync(bot.Adapter.Conversation.Conversation.Id));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private IConfiguration Settings(bool enabled) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = DatabasePath,
            ["Transcripts:Enabled"] = enabled ? "true" : "false",
        })
        .Build();

    private async Task<List<(string Role, string? Text)>> ReadArchiveAsync(string conversationId)
    {
        var entries = new List<(string Role, string? Text)>();
        if (!File.Exists(DatabasePath))
        {
            return entries;
        }

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM transcripts WHERE conversation_id = $conversation ORDER BY seq;";
        command.Parameters.AddWithValue("$conversation", conversationId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            using var json = JsonDocument.Parse(reader.GetString(0));
            var text = json.RootElement.GetProperty("text");
            entries.Add((json.RootElement.GetProperty("role").GetString()!, text.ValueKind == JsonValueKind.Null ? null : text.GetString()));
        }

        return entries;
    }
}
