using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;
using SpineBot.Dialogs.Tests.Infrastructure;

namespace SpineBot.Dialogs.Tests.Waterfall;

public sealed class WaterfallDialogTests
{
    private static async Task<DialogTurnResult> Say(WaterfallStepContext step, string text, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(text, cancellationToken: ct);
        return Dialog.EndOfTurn;
    }

    [Fact]
    public async Task Steps_run_in_order_and_each_gets_the_previous_answer()
    {
        var steps = new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("first?") }, ct),
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"got {step.Result}; second?") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.Result} at step {step.Index}", cancellationToken: ct);
                return await step.EndDialogAsync("finished", ct);
            },
        };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("w", steps), new TextPrompt("text")));

        await harness.Flow()
            .Send("hi").AssertReply("first?")
            .Send("a").AssertReply("got a; second?")
            .Send("b").AssertReply("got b at step 2")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult?.Status);
        Assert.Equal("finished", harness.LastResult?.Result);
    }

    [Fact]
    public async Task Next_async_skips_a_step_in_the_same_turn()
    {
        var steps = new WaterfallStep[]
        {
            (step, ct) => step.NextAsync("skipped-ahead", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step {step.Index} got {step.Result} because {step.Reason}", cancellationToken: ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("now a question") }, ct),
        };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("w", steps), new TextPrompt("text")));

        await harness.Flow()
            .Send("hi")
            .AssertReply("step 1 got skipped-ahead because NextCalled")
            .AssertReply("now a question")
            .StartTestAsync();
    }

    [Fact]
    public async Task Calling_next_async_twice_in_one_step_is_an_error()
    {
        var steps = new WaterfallStep[]
        {
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("w", steps)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Flow().Send("hi").StartTestAsync());
    }

    [Fact]
    public async Task Values_survive_turns_as_their_original_types()
    {
        var steps = new WaterfallStep[]
        {
            (step, ct) =>
            {
                step.Values["miles"] = 6;
                step.Values["areas"] = new List<string> { "lower back", "hip" };
                step.Values["run"] = new RunOptions { Name = "tempo", Miles = 8 };
                return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("anything?") }, ct);
            },
            async (step, ct) =>
            {
                var miles = step.Values.GetValue<int>("miles");
                var areas = step.Values.GetValue<List<string>>("areas")!;
                var run = step.Values.GetValue<RunOptions>("run")!;
                var missing = step.Values.GetValue<int?>("missing");
                await step.Context.SendActivityAsync($"{miles} miles, {string.Join("+", areas)}, {run.Name} {run.Miles}, missing={(missing.HasValue ? "set" : "none")}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("w", steps), new TextPrompt("text")));

        await harness.Flow()
            .Send("hi").AssertReply("anything?")
            .Send("no").AssertReply("6 miles, lower back+hip, tempo 8, missing=none")
            .StartTestAsync();
    }

    [Fact]
    public async Task Options_are_readable_on_later_turns()
    {
        var inner = new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"hello {step.GetOptions<RunOptions>()!.Name}") }, ct),
            async (step, ct) =>
            {
                var options = step.GetOptions<RunOptions>()!;
                await step.Context.SendActivityAsync($"{options.Name}: {options.Miles} miles, {string.Join(",", options.Areas)}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        };
        var outer = new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("inner", new RunOptions { Name = "long run", Miles = 14, Areas = ["hip"] }, ct),
        };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("outer", outer), new WaterfallDialog("inner", inner), new TextPrompt("text")));

        await harness.Flow()
            .Send("hi").AssertReply("hello long run")
            .Send("ok").AssertReply("long run: 14 miles, hip")
            .StartTestAsync();
    }

    [Fact]
    public async Task Child_result_is_passed_to_the_parents_next_step()
    {
        var child = new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("score?") }, ct),
            (step, ct) => step.EndDialogAsync($"score was {step.Result}", ct),
        };
        var parent = new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("child", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"parent heard: {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("parent", parent), new WaterfallDialog("child", child), new NumberPrompt<int>("number")));

        await harness.Flow()
            .Send("hi").AssertReply("score?")
            .Send("5").AssertReply("parent heard: score was 5")
            .StartTestAsync();
    }

    [Fact]
    public async Task Step_that_waits_without_a_prompt_gets_the_next_message_text()
    {
        var steps = new WaterfallStep[]
        {
            (step, ct) => Say(step, "tell me anything", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"you said {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("w", steps)));

        await harness.Flow()
            .Send("hi").AssertReply("tell me anything")
            .Send("hello there").AssertReply("you said hello there")
            .StartTestAsync();
    }

    [Fact]
    public async Task Replace_dialog_restarts_a_waterfall_as_a_loop()
    {
        var steps = new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"round {step.GetOptions<int>()}: another?") }, ct),
            async (step, ct) =>
            {
                var round = step.GetOptions<int>();
                if ((string?)step.Result == "stop")
                {
                    await step.Context.SendActivityAsync($"stopped after {round}", cancellationToken: ct);
                    return await step.EndDialogAsync(round, ct);
                }

                return await step.ReplaceDialogAsync("loop", round + 1, ct);
            },
        };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("loop", steps), new TextPrompt("text")));

        await harness.Flow()
            .Send("hi").AssertReply("round 0: another?")
            .Send("go").AssertReply("round 1: another?")
            .Send("go").AssertReply("round 2: another?")
            .Send("stop").AssertReply("stopped after 2")
            .StartTestAsync();

        Assert.Equal(2, harness.LastResult?.Result);
        Assert.Empty(harness.SavedStack);
    }

    [Fact]
    public async Task Cancel_all_from_a_step_ends_the_conversation_flow()
    {
        var steps = new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("type quit") }, ct),
            (step, ct) => step.CancelAllDialogsAsync(ct),
            (step, ct) => Say(step, "never reached", ct),
        };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("w", steps), new TextPrompt("text")));

        await harness.Flow()
            .Send("hi").AssertReply("type quit")
            .Send("quit")
            .Send("hi again").AssertReply("type quit")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, harness.LastResult?.Status);
    }

    [Fact]
    public async Task Starting_an_unknown_dialog_fails_loudly()
    {
        var steps = new WaterfallStep[] { (step, ct) => step.BeginDialogAsync("nope", null, ct) };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("w", steps)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Flow().Send("hi").StartTestAsync());
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }
}
