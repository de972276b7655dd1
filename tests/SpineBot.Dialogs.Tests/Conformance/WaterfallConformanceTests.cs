using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>The behaviours botbuilder-dotnet's WaterfallTests check, on SpineBot.Dialogs.</summary>
public sealed class WaterfallConformanceTests
{
    [Fact]
    public async Task Steps_run_in_order_one_per_turn_and_the_last_ends_the_dialog()
    {
        var bot = new SdkStyleBot("w", () => [new WaterfallDialog("w", [
            async (step, ct) => { await step.Context.SendActivityAsync("step1", cancellationToken: ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync("step2", cancellationToken: ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync("step3", cancellationToken: ct); return Dialog.EndOfTurn; },
        ])]);

        await bot.Flow()
            .Send("hello").AssertReply("step1")
            .Send("hello").AssertReply("step2")
            .Send("hello").AssertReply("step3")
            .Send("last words").AssertReply("Bot received 'text last words'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_result_reaches_the_next_step_and_the_dialog_ends_with_the_last_result()
    {
        var bot = new SdkStyleBot("w", () => [
            new WaterfallDialog("w", [
                (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("Enter a number.") }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Thanks for '{step.Result}'", cancellationToken: ct);
                    return await step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("Enter another number.") }, ct);
                },
            ]),
            new NumberPrompt<int>("number"),
        ]);

        await bot.Flow()
            .Send("hello").AssertReply("Enter a number.")
            .Send("42").AssertReply("Thanks for '42'").AssertReply("Enter another number.")
            .Send("64").AssertReply("Bot received 'number 64'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Values_and_options_survive_turns_through_storage()
    {
        var bot = new SdkStyleBot("outer", () => [
            new WaterfallDialog("outer", [(step, ct) => step.BeginDialogAsync("w", new Dictionary<string, string> { ["name"] = "Sam" }, ct)]),
            new WaterfallDialog("w", [
                (step, ct) =>
                {
                    step.Values["miles"] = 5;
                    return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Anything else?") }, ct);
                },
                (step, ct) => step.EndDialogAsync($"{step.GetOptions<Dictionary<string, string>>()!["name"]} {step.Values.GetValue<int>("miles")} {step.Result}", ct),
            ]),
            new TextPrompt("text"),
        ]);

        await bot.Flow()
            .Send("hi").AssertReply("Anything else?")
            .Send("knee").AssertReply("Bot received 'text Sam 5 knee'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_skips_to_the_next_step_in_the_same_turn_and_a_second_call_throws()
    {
        Exception? secondCall = null;
        var bot = new SdkStyleBot("w", () => [new WaterfallDialog("w", [
            async (step, ct) =>
            {
                var result = await step.NextAsync("skipped", ct);
                secondCall = await Record.ExceptionAsync(() => step.NextAsync(null, ct));
                return result;
            },
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ])]);

        await bot.Flow().Send("hi").AssertReply("Bot received 'text skipped'.").StartTestAsync();
        Assert.IsType<InvalidOperationException>(secondCall);
    }

    [Fact]
    public async Task A_nested_waterfall_returns_its_result_to_the_parent_step()
    {
        var bot = new SdkStyleBot("parent", () => [
            new WaterfallDialog("parent", [
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                (step, ct) => step.EndDialogAsync($"parent got {step.Result}", ct),
            ]),
            new WaterfallDialog("child", [(step, ct) => step.EndDialogAsync("child value", ct)]),
        ]);

        await bot.Flow().Send("hi").AssertReply("Bot received 'text parent got child value'.").StartTestAsync();
    }

    [Fact]
    public async Task A_waterfall_without_steps_ends_at_once_with_no_result()
    {
        var bot = new SdkStyleBot("empty", () => [new WaterfallDialog("empty")]);

        await bot.Flow().Send("hi").AssertReply("Bot received 'no answer'.").StartTestAsync();
    }

    [Fact]
    public void A_null_step_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new WaterfallDialog("w", [null!]));
    }

    [Fact]
    public async Task The_end_hook_runs_with_EndCalled_when_the_last_step_ends()
    {
        var reasons = new List<DialogReason>();
        var bot = new SdkStyleBot("w", () => [
            new EndRecordingWaterfall("w", reasons, [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Say something.") }, ct),
            ]),
            new TextPrompt("text"),
        ]);

        await bot.Flow().Send("hi").AssertReply("Say something.").StartTestAsync();
        await bot.Flow().Send("x").AssertReply("Bot received 'text x'.").StartTestAsync();
        Assert.Equal([DialogReason.EndCalled], reasons);
    }
}
