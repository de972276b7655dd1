using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Tests.Azurite;

namespace SpineBot.Storage.Tests.Contracts;

/// <summary>The contract's bot-state cases: what ConversationState and a dialog stack store must come back intact.</summary>
public abstract partial class StorageContractTests
{
    [StorageFact]
    public async Task A_conversation_goes_on_after_a_restart_of_the_bot()
    {
        var storage = CreateStorage();
        await RunnerTalksAsync(storage, ("lower back", "1 answers: lower back"), ("after long runs", "2 answers: lower back, after long runs"));

        await RunnerTalksAsync(ReopenStorage(), ("worse downhill", "3 answers: lower back, after long runs, worse downhill"));
    }

    [StorageFact]
    public async Task When_two_bot_instances_save_the_same_conversation_at_once_the_later_save_is_refused()
    {
        var storage = CreateStorage();
        await SaveTurnAsync(new ConversationState(storage), "first answer");
        var instanceA = new ConversationState(storage);
        var instanceB = new ConversationState(storage);
        var turnA = await LoadTurnAsync(instanceA);
        var turnB = await LoadTurnAsync(instanceB);

        await instanceA.CreateProperty<string>("lastAnswer").SetAsync(turnA, "from instance A");
        await instanceA.SaveChangesAsync(turnA);
        await instanceB.CreateProperty<string>("lastAnswer").SetAsync(turnB, "from instance B");
        await Assert.ThrowsAsync<StorageConflictException>(() => instanceB.SaveChangesAsync(turnB));

        var reloaded = await LoadTurnAsync(instanceB);
        Assert.Equal("from instance A", await instanceB.CreateProperty<string>("lastAnswer").GetAsync(reloaded, () => "nothing"));
        await instanceA.CreateProperty<string>("lastAnswer").SetAsync(turnA, "A again");
        await instanceA.SaveChangesAsync(turnA);
    }

    [StorageFact]
    public async Task When_two_bot_instances_start_the_same_conversation_at_once_the_later_start_is_refused()
    {
        var storage = CreateStorage();
        var instanceA = new ConversationState(storage);
        var instanceB = new ConversationState(storage);
        var turnA = await LoadTurnAsync(instanceA);
        var turnB = await LoadTurnAsync(instanceB);

        await instanceA.CreateProperty<string>("lastAnswer").SetAsync(turnA, "first answer, via A");
        await instanceA.SaveChangesAsync(turnA);
        await instanceB.CreateProperty<string>("lastAnswer").SetAsync(turnB, "first answer, via B");
        await Assert.ThrowsAsync<StorageConflictException>(() => instanceB.SaveChangesAsync(turnB));

        var reloaded = await LoadTurnAsync(new ConversationState(storage));
        Assert.Equal("first answer, via A", await instanceB.CreateProperty<string>("lastAnswer").GetAsync(reloaded, () => "nothing"));
    }

    [StorageFact]
    public async Task A_dialog_stack_of_nested_dictionaries_and_lists_keeps_its_types()
    {
        var storage = CreateStorage();
        var values = new Dictionary<string, object>
        {
            ["painLevel"] = 6L,
            ["sides"] = new List<string> { "left", "right" },
            ["ranToday"] = true,
            ["pace"] = 5.25,
            ["whenItStarted"] = "2024-05-01",
            ["nothing"] = null!,
            ["answers"] = new List<object> { "sharp", 3L, new Dictionary<string, object> { ["radiates"] = false } },
        };
        var dialogState = new Dictionary<string, object>
        {
            ["dialogStack"] = new List<object>
            {
                new Dictionary<string, object> { ["id"] = "symptoms", ["state"] = new Dictionary<string, object> { ["values"] = values, ["stepIndex"] = 2L } },
            },
        };

        await storage.WriteAsync(new Dictionary<string, object> { ["conversation"] = dialogState });
        var read = Assert.IsType<Dictionary<string, object>>((await storage.ReadAsync(["conversation"]))["conversation"]);

        var frame = Assert.IsType<Dictionary<string, object>>(Assert.Single(Assert.IsType<List<object>>(read["dialogStack"])));
        Assert.Equal("symptoms", frame["id"]);
        var state = Assert.IsType<Dictionary<string, object>>(frame["state"]);
        Assert.Equal(2L, state["stepIndex"]);
        var readValues = Assert.IsType<Dictionary<string, object>>(state["values"]);
        Assert.Equal(6L, readValues["painLevel"]);
        Assert.Equal(["left", "right"], Assert.IsType<List<string>>(readValues["sides"]));
        Assert.Equal(true, readValues["ranToday"]);
        Assert.Equal(5.25, readValues["pace"]);
        Assert.Equal("2024-05-01", Assert.IsType<string>(readValues["whenItStarted"]));
        Assert.Null(readValues["nothing"]);
        var answers = Assert.IsType<List<object>>(readValues["answers"]);
        Assert.Equal("sharp", answers[0]);
        Assert.Equal(3L, answers[1]);
        Assert.Equal(false, Assert.IsType<Dictionary<string, object>>(answers[2])["radiates"]);
    }

    private static async Task<ITurnContext> LoadTurnAsync(ConversationState state)
    {
        var activity = new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message)
        {
            ChannelId = "webchat",
            Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: "shared-conversation"),
            Text = "hello",
        };
        var turn = new TurnContext(new TestAdapter(), activity);
        await state.LoadAsync(turn);
        return turn;
    }

    private static async Task SaveTurnAsync(ConversationState state, string answer)
    {
        var turn = await LoadTurnAsync(state);
        await state.CreateProperty<string>("lastAnswer").SetAsync(turn, answer);
        await state.SaveChangesAsync(turn);
    }

    private static async Task RunnerTalksAsync(IStorage storage, params (string Says, string Expects)[] turns)
    {
        var conversationState = new ConversationState(storage);
        var answers = conversationState.CreateProperty<SymptomAnswers>("symptomAnswers");
        var adapter = new TestAdapter(TestAdapter.CreateConversation("durable-conversation"));
        var flow = new TestFlow(adapter, async (turn, cancellationToken) =>
        {
            var kept = await answers.GetAsync(turn, () => new SymptomAnswers(), cancellationToken);
            kept.Answers.Add(turn.Activity.Text);
            await conversationState.SaveChangesAsync(turn, false, cancellationToken);
            await turn.SendActivityAsync($"{kept.Answers.Count} answers: {string.Join(", ", kept.Answers)}", cancellationToken: cancellationToken);
        });
        foreach (var (says, expects) in turns)
        {
            flow = flow.Send(says).AssertReply(expects);
        }

        await flow.StartTestAsync();
    }
}
