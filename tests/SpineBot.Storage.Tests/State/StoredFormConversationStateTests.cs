using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Sqlite;
using SpineBot.Storage.State;

namespace SpineBot.Storage.Tests.State;

public sealed class StoredFormConversationStateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CountingStorage _storage;

    public StoredFormConversationStateTests()
    {
        _storage = new CountingStorage(new SqliteStorage(_folder.File("state.db")));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_turn_that_changes_the_state_writes_it_once_and_a_turn_that_only_reads_it_writes_nothing()
    {
        var state = new StoredFormConversationState(_storage);
        var answer = state.CreateProperty<string>("lastAnswer");

        var first = await TurnAsync(state);
        await answer.SetAsync(first, "lower back");
        await state.SaveChangesAsync(first);
        await state.SaveChangesAsync(first);
        Assert.Equal(1, _storage.Writes);

        var second = await TurnAsync(state);
        Assert.Equal("lower back", await answer.GetAsync(second, () => "nothing"));
        await state.SaveChangesAsync(second);
        Assert.Equal(1, _storage.Writes);

        await answer.SetAsync(second, "after long runs");
        await state.SaveChangesAsync(second);
        Assert.Equal(2, _storage.Writes);
        Assert.Equal("after long runs", await answer.GetAsync(await TurnAsync(state), () => "nothing"));
    }

    [Fact]
    public async Task State_saved_by_the_sdk_s_conversation_state_goes_on_and_the_sdk_reads_what_it_saves()
    {
        var sdk = new ConversationState(_storage);
        var before = await TurnAsync(sdk);
        await sdk.CreateProperty<List<string>>("answers").SetAsync(before, ["lower back"]);
        await sdk.SaveChangesAsync(before);

        var state = new StoredFormConversationState(_storage);
        var turn = await TurnAsync(state);
        var answers = await state.CreateProperty<List<string>>("answers").GetAsync(turn, () => []);
        answers.Add("after long runs");
        await state.SaveChangesAsync(turn);

        var after = await TurnAsync(sdk);
        Assert.Equal(["lower back", "after long runs"], await sdk.CreateProperty<List<string>>("answers").GetAsync(after, () => []));
    }

    [Fact]
    public async Task State_stored_by_the_previous_version_is_rewritten_once_in_the_stored_form_and_then_left_alone()
    {
        // The SDK's second write stores the ETag inside the JSON, as the previous version did.
        var sdk = new ConversationState(_storage);
        foreach (var answer in new[] { "knees", "lower back" })
        {
            var before = await TurnAsync(sdk);
            await sdk.CreateProperty<string>("lastAnswer").SetAsync(before, answer);
            await sdk.SaveChangesAsync(before);
        }

        var state = new StoredFormConversationState(_storage);

        foreach (var _ in Enumerable.Range(0, 3))
        {
            var turn = await TurnAsync(state);
            Assert.Equal("lower back", await state.CreateProperty<string>("lastAnswer").GetAsync(turn, () => "nothing"));
            await state.SaveChangesAsync(turn);
        }

        Assert.Equal(3, _storage.Writes);
    }

    [Fact]
    public async Task When_two_bot_instances_save_the_same_conversation_at_once_the_later_save_is_refused()
    {
        var instanceA = new StoredFormConversationState(_storage);
        var instanceB = new StoredFormConversationState(_storage);
        var start = await TurnAsync(instanceA);
        await instanceA.CreateProperty<string>("lastAnswer").SetAsync(start, "first answer");
        await instanceA.SaveChangesAsync(start);
        var turnA = await TurnAsync(instanceA);
        var turnB = await TurnAsync(instanceB);

        await instanceA.CreateProperty<string>("lastAnswer").SetAsync(turnA, "from instance A");
        await instanceA.SaveChangesAsync(turnA);
        await instanceB.CreateProperty<string>("lastAnswer").SetAsync(turnB, "from instance B");
        await Assert.ThrowsAsync<StorageConflictException>(() => instanceB.SaveChangesAsync(turnB));

        await instanceB.LoadAsync(turnB, force: true);
        Assert.Equal("from instance A", await instanceB.CreateProperty<string>("lastAnswer").GetAsync(turnB, () => "nothing"));
    }

    [Fact]
    public async Task A_deleted_conversation_is_not_written_again_by_the_end_of_the_turn()
    {
        var state = new StoredFormConversationState(_storage);
        var answer = state.CreateProperty<string>("lastAnswer");
        var first = await TurnAsync(state);
        await answer.SetAsync(first, "lower back");
        await state.SaveChangesAsync(first);

        var second = await TurnAsync(state);
        await state.DeleteAsync(second);
        await state.SaveChangesAsync(second);

        Assert.Equal(1, _storage.Writes);
        Assert.Equal("nothing", await answer.GetAsync(await TurnAsync(state), () => "nothing"));
    }

    private static async Task<ITurnContext> TurnAsync(ConversationState state)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "webchat",
            Conversation = new ConversationAccount(id: "runner-conversation"),
            Text = "hello",
        };
        var turn = new TurnContext(new TestAdapter(), activity);
        await state.LoadAsync(turn);
        return turn;
    }

    // Forwards to SpineBot's SQLite store, so it takes what that store takes.
    private sealed class CountingStorage(SqliteStorage inner) : ISerializedStateStore
    {
        public int Writes { get; private set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(keys, cancellationToken);
    }
}
