using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Tests.Azurite;

namespace SpineBot.Storage.Tests.Contracts;

/// <summary>
/// What every <see cref="IStorage"/> backend must do for conversations to survive: the same suite runs against
/// SQLite and Azure Blob Storage.
/// </summary>
public abstract partial class StorageContractTests
{
    /// <summary>A new, empty store.</summary>
    protected abstract IStorage CreateStorage();

    /// <summary>A new instance over the same data as the last <see cref="CreateStorage"/> (as after a restart).</summary>
    protected abstract IStorage ReopenStorage();

    /// <summary>Puts raw JSON under <paramref name="key"/>, bypassing the store's serializer (as tampering would).</summary>
    protected abstract Task WriteRawAsync(string key, string json);

    [StorageFact]
    public async Task An_item_written_is_read_back_with_its_values()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new StoredNote { Text = "sore after 10k", Revision = 1 } });

        var items = await storage.ReadAsync(["note"]);

        var note = Assert.IsType<StoredNote>(items["note"]);
        Assert.Equal("sore after 10k", note.Text);
        Assert.Equal(1, note.Revision);
    }

    [StorageFact]
    public async Task Missing_keys_are_absent_from_what_is_read()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["present"] = new StoredNote { Text = "here" } });

        var items = await storage.ReadAsync(["absent", "present", "also-absent"]);

        Assert.Equal(["present"], items.Keys);
        Assert.Empty(await storage.ReadAsync(["never-written"]));
    }

    [StorageFact]
    public async Task Many_keys_are_read_in_one_call()
    {
        var storage = CreateStorage();
        var changes = Enumerable.Range(1, 12).ToDictionary(i => $"runner-{i}", i => (object)new StoredNote { Revision = i });
        await storage.WriteAsync(changes);

        var items = await storage.ReadAsync(changes.Keys.Append("runner-99").ToArray());

        Assert.Equal(12, items.Count);
        Assert.All(Enumerable.Range(1, 12), i => Assert.Equal(i, Assert.IsType<StoredNote>(items[$"runner-{i}"]).Revision));
    }

    [StorageFact]
    public async Task A_deleted_item_is_gone_and_deleting_a_missing_key_is_harmless()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["keep"] = new StoredNote(), ["drop"] = new StoredNote() });

        await storage.DeleteAsync(["drop", "was-never-there"]);

        Assert.Equal(["keep"], (await storage.ReadAsync(["keep", "drop"])).Keys);
    }

    [StorageFact]
    public async Task A_new_item_gets_an_etag_that_reading_returns()
    {
        var storage = CreateStorage();
        var note = new StoredNote { Text = "first visit" };

        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = note });

        Assert.False(string.IsNullOrEmpty(note.ETag));
        var read = Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]);
        Assert.Equal(note.ETag, read.ETag);
    }

    [StorageFact]
    public async Task Every_write_gives_a_new_etag()
    {
        var storage = CreateStorage();
        var note = new StoredNote();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = note });
        var first = note.ETag;

        note.Revision = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = note });

        Assert.NotEqual(first, note.ETag);
        Assert.Equal(note.ETag, Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]).ETag);
    }

    [StorageFact]
    public async Task A_write_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new StoredNote { Revision = 1 } });
        var firstTurn = Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]);
        var secondTurn = Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]);
        secondTurn.Revision = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = secondTurn });

        firstTurn.Revision = 3;
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync(new Dictionary<string, object> { ["note"] = firstTurn }));

        Assert.Equal("note", conflict.Key);
        Assert.Equal(2, Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]).Revision);
    }

    [StorageFact]
    public async Task A_specific_etag_for_an_item_that_was_deleted_is_refused()
    {
        var storage = CreateStorage();
        var note = new StoredNote();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = note });
        await storage.DeleteAsync(["note"]);

        await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync(new Dictionary<string, object> { ["note"] = note }));
        Assert.Empty(await storage.ReadAsync(["note"]));
    }

    [StorageFact]
    public async Task The_etag_star_or_none_overwrites_whatever_is_stored()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new StoredNote { Revision = 1 } });

        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new StoredNote { Revision = 2, ETag = "*" } });
        Assert.Equal(2, Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]).Revision);

        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new StoredNote { Revision = 3, ETag = string.Empty } });
        var read = Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]);
        Assert.Equal(3, read.Revision);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [StorageFact]
    public async Task Of_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new StoredNote { Revision = 0 } });
        var etag = Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]).ETag;

        var writers = Enumerable.Range(1, 8).Select(revision => Task.Run(async () =>
        {
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new StoredNote { Revision = revision, ETag = etag } });
                return revision;
            }
            catch (StorageConflictException)
            {
                return 0;
            }
        }));
        var outcomes = await Task.WhenAll(writers);

        var winner = Assert.Single(outcomes, revision => revision != 0);
        Assert.Equal(winner, Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]).Revision);
    }

    [StorageFact]
    public async Task A_one_megabyte_item_survives_the_round_trip()
    {
        var storage = CreateStorage();
        var text = string.Create(1024 * 1024, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)('a' + (i * 7 % 26));
            }
        });

        await storage.WriteAsync(new Dictionary<string, object> { ["big"] = new StoredNote { Text = text } });

        Assert.Equal(text, Assert.IsType<StoredNote>((await storage.ReadAsync(["big"]))["big"]).Text);
    }

    [StorageFact]
    public async Task Keys_with_odd_characters_are_kept_apart_and_read_back()
    {
        var storage = CreateStorage();
        string[] keys =
        [
            "webchat/conversations/abc|livechat", "webchat%2Fconversations%2Fabc|livechat", "webchat~2Fconversations~2Fabc|livechat",
            "what?is#this", "with spaces and\ttab", "trailing dot.", "..", "/leading/slash/", "Case", "case",
            "émoji 🏃‍♀️ 背中の痛み", "back\\slash", new string('k', 1500), new string('k', 1499) + "j",
        ];
        var changes = keys.Select((key, index) => (key, index)).ToDictionary(pair => pair.key, pair => (object)new StoredNote { Revision = pair.index });

        await storage.WriteAsync(changes);
        var items = await storage.ReadAsync(keys);

        Assert.Equal(keys.Length, items.Count);
        Assert.All(keys.Select((key, index) => (key, index)), pair => Assert.Equal(pair.index, Assert.IsType<StoredNote>(items[pair.key]).Revision));
        await storage.DeleteAsync([keys[0]]);
        Assert.Equal(keys.Length - 1, (await storage.ReadAsync(keys)).Count);
    }

    [StorageFact]
    public async Task A_blank_key_is_refused()
    {
        var storage = CreateStorage();

        await Assert.ThrowsAsync<ArgumentException>(() => storage.ReadAsync([string.Empty]));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(new Dictionary<string, object> { [string.Empty] = new StoredNote() }));
    }

    [StorageFact]
    public async Task Items_survive_a_new_instance_of_the_store()
    {
        var storage = CreateStorage();
        var note = new StoredNote { Text = "left side, after hills" };
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = note });

        var reopened = ReopenStorage();

        var read = Assert.IsType<StoredNote>((await reopened.ReadAsync(["note"]))["note"]);
        Assert.Equal("left side, after hills", read.Text);
        Assert.Equal(note.ETag, read.ETag);
    }

    [StorageFact]
    public async Task A_type_outside_the_safe_list_is_refused_when_written()
    {
        var storage = CreateStorage();

        await Assert.ThrowsAsync<JsonSerializationException>(() => storage.WriteAsync(
            new Dictionary<string, object> { ["unsafe"] = new Dictionary<string, object> { ["x"] = new System.Text.StringBuilder("x") } }));

        Assert.Empty(await storage.ReadAsync(["unsafe"]));
    }

    [StorageFact]
    public async Task A_tampered_item_naming_an_unsafe_type_is_treated_as_absent()
    {
        var storage = CreateStorage();
        await WriteRawAsync("tampered", """{"$type":"System.IO.FileInfo, System.IO.FileSystem","fileName":"/etc/passwd"}""");

        Assert.Empty(await storage.ReadAsync(["tampered"]));

        await storage.WriteAsync(new Dictionary<string, object> { ["tampered"] = new StoredNote { Revision = 1 } });
        Assert.Equal(1, Assert.IsType<StoredNote>((await storage.ReadAsync(["tampered"]))["tampered"]).Revision);
    }
}
