using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Tests.Components;
using SpineBot.Dialogs.Tests.Infrastructure;

namespace SpineBot.Dialogs.Tests.State;

public sealed class StateRoundTripTests
{
    [Fact]
    public async Task Saved_state_is_written_by_the_production_serializer_and_reads_back_as_the_stored_types()
    {
        var harness = new DialogHarness(() => IntakeConversation.Build([]));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("5").AssertReply("numb?")
            .StartTestAsync();

        var json = Assert.Single(((JsonRoundTripStorage)harness.Storage).AllJson());
        Assert.Contains("numb?", json, StringComparison.Ordinal);
        Assert.Contains("\"$type\"", json, StringComparison.Ordinal);

        var root = Assert.Single(harness.SavedStack);
        Assert.Equal("root", root.Id);
        Assert.IsType<DialogState>(root.State["dialogs"]);
    }

    [Fact]
    public async Task Conversation_continues_when_state_was_kept_with_type_names()
    {
        var harness = new DialogHarness(() => IntakeConversation.Build([]), storage: new MemoryStorage());

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("help").AssertReply("root help").AssertReply("score?")
            .Send("x").AssertReply("score?")
            .Send("seven").AssertReply("numb?")
            .Send("yeah").AssertReply("intake done: number 7/answer yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task Conversation_survives_a_restart_mid_prompt()
    {
        var storage = new JsonRoundTripStorage();
        var before = new DialogHarness(() => IntakeConversation.Build([]), storage: storage);
        await before.Flow()
            .Send("hi").AssertReply("score?")
            .Send("6").AssertReply("numb?")
            .StartTestAsync();

        var after = new DialogHarness(() => IntakeConversation.Build([]), storage: storage);
        await after.Flow()
            .Send("no").AssertReply("intake done: number 6/answer no")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_attempts_are_counted_across_turns()
    {
        var harness = new DialogHarness(() => IntakeConversation.Build([]));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("a").AssertReply("score?")
            .Send("b").AssertReply("score?")
            .Send("c").AssertReply("numb?")
            .Send("y").AssertReply("intake done: number 0/answer yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task State_from_a_renamed_root_dialog_throws_as_in_bot_framework()
    {
        var storage = new JsonRoundTripStorage();
        var steps = new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("text", new Dialogs.Prompts.PromptOptions { Prompt = MessageFactory.Text("old question") }, ct),
        };
        await new DialogHarness(() => new TestComponent("old-root", new WaterfallDialog("w", steps), new Dialogs.Prompts.TextPrompt("text")), storage: storage).Flow()
            .Send("hi").AssertReply("old question")
            .StartTestAsync();

        var renamed = new DialogHarness(() => IntakeConversation.Build([]), storage: storage);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => renamed.Flow().Send("hello").StartTestAsync());
        Assert.Contains("old-root", error.Message, StringComparison.Ordinal);
    }
}
