using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;
using SpineBot.Dialogs.Tests.Infrastructure;

namespace SpineBot.Dialogs.Tests.Prompts;

public sealed class PromptRetryTests
{
    private static readonly int[] OneToFive = [1, 5];

    [Fact]
    public async Task Without_retry_prompt_the_question_is_asked_again()
    {
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(
            new NumberPrompt<int>("number"),
            () => new PromptOptions { Prompt = MessageFactory.Text("How many miles?") }));

        await harness.Flow()
            .Send("hi").AssertReply("How many miles?")
            .Send("lots").AssertReply("How many miles?")
            .Send("5").AssertReply("number 5")
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_a_validator_the_prompt_asks_until_a_reply_is_recognised()
    {
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(
            new NumberPrompt<int>("number"),
            () => new PromptOptions { Prompt = MessageFactory.Text("How many miles?"), RetryPrompt = MessageFactory.Text("A number please.") }));

        var flow = harness.Flow().Send("hi").AssertReply("How many miles?");
        for (var i = 0; i < 5; i++)
        {
            flow = flow.Send("lots").AssertReply("A number please.");
        }

        await flow.Send("5").AssertReply("number 5").StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult?.Status);
    }

    [Fact]
    public async Task A_validator_gives_up_through_the_attempt_count_and_the_step_gets_the_unrecognised_result()
    {
        static Task<bool> ThreeTries(PromptValidatorContext<int> ctx, CancellationToken ct)
            => Task.FromResult(ctx.Recognized.Succeeded || ctx.AttemptCount >= 3);

        var harness = new DialogHarness(() => PromptScript.AskThenEcho(
            new NumberPrompt<int>("number", ThreeTries),
            () => new PromptOptions { Prompt = MessageFactory.Text("How many miles?"), RetryPrompt = MessageFactory.Text("A number please.") }));

        await harness.Flow()
            .Send("hi").AssertReply("How many miles?")
            .Send("lots").AssertReply("A number please.")
            .Send("many").AssertReply("A number please.")
            .Send("loads").AssertReply("number 0")
            .StartTestAsync();

        Assert.Empty(harness.SavedStack);
    }

    [Fact]
    public async Task A_validator_keeps_asking_as_long_as_it_rejects()
    {
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(
            new TextPrompt("text", (ctx, ct) => Task.FromResult(ctx.Recognized.Value == "done")),
            () => new PromptOptions { Prompt = MessageFactory.Text("Say done.") }));

        var flow = harness.Flow().Send("hi").AssertReply("Say done.");
        for (var i = 0; i < 6; i++)
        {
            flow = flow.Send("nope").AssertReply("Say done.");
        }

        await flow.Send("done").AssertReply("text done").StartTestAsync();
    }

    [Fact]
    public async Task Validator_rejection_retries_and_sees_the_attempt_count()
    {
        var attempts = new List<int>();
        Task<bool> ZeroToTen(PromptValidatorContext<int> ctx, CancellationToken ct)
        {
            attempts.Add(ctx.AttemptCount);
            return Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value is >= 0 and <= 10);
        }

        var harness = new DialogHarness(() => PromptScript.AskThenEcho(
            new NumberPrompt<int>("number", ZeroToTen),
            () => new PromptOptions { Prompt = MessageFactory.Text("0 to 10?"), RetryPrompt = MessageFactory.Text("Between 0 and 10, please.") }));

        await harness.Flow()
            .Send("hi").AssertReply("0 to 10?")
            .Send("12").AssertReply("Between 0 and 10, please.")
            .Send("8").AssertReply("number 8")
            .StartTestAsync();

        Assert.Equal([1, 2], attempts);
    }

    [Fact]
    public async Task Validator_that_replies_itself_replaces_the_retry_prompt()
    {
        async Task<bool> Explain(PromptValidatorContext<int> ctx, CancellationToken ct)
        {
            if (ctx.Recognized.Succeeded && ctx.Recognized.Value > 10)
            {
                await ctx.Context.SendActivityAsync("The scale stops at 10.", cancellationToken: ct);
                return false;
            }

            return ctx.Recognized.Succeeded;
        }

        var harness = new DialogHarness(() => PromptScript.AskThenEcho(
            new NumberPrompt<int>("number", Explain),
            () => new PromptOptions { Prompt = MessageFactory.Text("0 to 10?"), RetryPrompt = MessageFactory.Text("Retry.") }));

        await harness.Flow()
            .Send("hi").AssertReply("0 to 10?")
            .Send("11").AssertReply("The scale stops at 10.")
            .Send("x").AssertReply("Retry.")
            .Send("4").AssertReply("number 4")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_can_read_validations_after_a_storage_round_trip()
    {
        Task<bool> InRange(PromptValidatorContext<int> ctx, CancellationToken ct)
        {
            var range = ctx.Options.GetValidations<int[]>()!;
            return Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value >= range[0] && ctx.Recognized.Value <= range[1]);
        }

        var harness = new DialogHarness(() => PromptScript.AskThenEcho(
            new NumberPrompt<int>("number", InRange),
            () => new PromptOptions { Prompt = MessageFactory.Text("1 to 5?"), Validations = OneToFive }));

        await harness.Flow()
            .Send("hi").AssertReply("1 to 5?")
            .Send("6").AssertReply("1 to 5?")
            .Send("5").AssertReply("number 5")
            .StartTestAsync();
    }

    [Fact]
    public async Task Text_prompt_retries_a_blank_reply()
    {
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(
            new TextPrompt("text"),
            () => new PromptOptions { Prompt = MessageFactory.Text("Anything else?") }));

        await harness.Flow()
            .Send("hi").AssertReply("Anything else?")
            .Send(" ").AssertReply("Anything else?")
            .Send("  my knee too  ").AssertReply("text my knee too")
            .StartTestAsync();
    }

    [Fact]
    public async Task Starting_a_prompt_without_prompt_options_is_rejected()
    {
        var steps = new WaterfallStep[] { (step, ct) => step.BeginDialogAsync("text", "not options", ct) };
        var harness = new DialogHarness(() => new TestComponent("root", new WaterfallDialog("w", steps), new TextPrompt("text")));

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Flow().Send("hi").StartTestAsync());
    }
}
