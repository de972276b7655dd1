using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>What DialogContext and RunAsync do at the edges, as in Microsoft.Bot.Builder.Dialogs.</summary>
public sealed class DialogContextConformanceTests
{
    [Fact]
    public async Task Beginning_an_unknown_dialog_throws()
    {
        var bot = new SdkStyleBot("missing", () => [new WaterfallDialog("present")]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => bot.Flow().Send("hi").StartTestAsync());
    }

    [Fact]
    public async Task RunAsync_with_a_saved_stack_whose_root_is_another_dialog_throws()
    {
        var storage = new JsonRoundTripStorage();
        Dialog Asking(string id) => new WaterfallDialog(id, [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("question") }, ct),
        ]);

        async Task RunAsync(Dialog root, ITurnContext turn, CancellationToken ct)
        {
            var state = new ConversationState(storage);
            await root.RunAsync(turn, state.CreateProperty<DialogState>("DialogState"), ct);
            await state.SaveChangesAsync(turn, false, ct);
        }

        var adapter = new TestAdapter();
        await new TestFlow(adapter, (turn, ct) => RunAsync(new TestRoot("old", Asking("w")), turn, ct))
            .Send("hi").AssertReply("question").StartTestAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new TestFlow(adapter, (turn, ct) => RunAsync(new TestRoot("new", Asking("w")), turn, ct)).Send("hi").StartTestAsync());
        Assert.Contains("old", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_an_empty_root_stack_reports_empty_and_a_running_one_cancelled()
    {
        var bot = new SdkStyleBot("w", () => [new WaterfallDialog("w", [(step, ct) => Task.FromResult(Dialog.EndOfTurn)])]);

        await bot.Flow()
            .Send("cancel all")
            .Send("hi")
            .Send("cancel all").AssertReply("Cancelled.")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Empty, bot.Results[0].Status);
        Assert.Equal(DialogTurnStatus.Cancelled, bot.Results[2].Status);
    }

    [Fact]
    public async Task A_dialog_started_on_top_of_a_prompt_asks_the_question_again_when_it_ends()
    {
        var bot = new SdkStyleBot("w", () => [
            new WaterfallDialog("w", [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("question") }, ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]),
            new InterruptingPromptHost("text"),
            new WaterfallDialog("aside", [async (step, ct) =>
            {
                await step.Context.SendActivityAsync("aside", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            }]),
        ]);

        await bot.Flow()
            .Send("hi").AssertReply("question")
            .Send("help").AssertReply("aside").AssertReply("question")
            .Send("answer").AssertReply("Bot received 'text answer'.")
            .StartTestAsync();
    }
}
