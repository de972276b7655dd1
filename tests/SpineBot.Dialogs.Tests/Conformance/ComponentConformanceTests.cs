using SpineBot.Dialogs.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>The behaviours botbuilder-dotnet's ComponentDialogTests check, plus the SDK's end and cancel results.</summary>
public sealed class ComponentConformanceTests
{
    private static ComponentDialog NumberComponent(string id)
    {
        var component = new ComponentDialog(id);
        component.AddDialog(new WaterfallDialog("numbers", [
            (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("Enter a number.") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Thanks for '{step.Result}'", cancellationToken: ct);
                return await step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("Enter another number.") }, ct);
            },
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        component.AddDialog(new NumberPrompt<int>("number"));
        return component;
    }

    [Fact]
    public async Task A_component_runs_its_inner_dialogs_and_its_end_result_passes_up()
    {
        var bot = new SdkStyleBot("component", () => [NumberComponent("component")]);

        await bot.Flow()
            .Send("hello").AssertReply("Enter a number.")
            .Send("42").AssertReply("Thanks for '42'").AssertReply("Enter another number.")
            .Send("64").AssertReply("Bot received 'number 64'.")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, bot.Results[^1].Status);
    }

    [Fact]
    public async Task A_nested_component_returns_to_the_outer_one_which_carries_on()
    {
        ComponentDialog Outer()
        {
            var outer = new ComponentDialog("outer");
            outer.AddDialog(new WaterfallDialog("outer-steps", [
                (step, ct) => step.BeginDialogAsync("inner", null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Got '{ReplyText.Describe(step.Result)}'.", cancellationToken: ct);
                    return await step.BeginDialogAsync("inner", null, ct);
                },
            ]));
            outer.AddDialog(NumberComponent("inner"));
            return outer;
        }

        var bot = new SdkStyleBot("outer", () => [Outer()]);

        await bot.Flow()
            .Send("hello").AssertReply("Enter a number.")
            .Send("42").AssertReply("Thanks for '42'").AssertReply("Enter another number.")
            .Send("64").AssertReply("Got 'number 64'.").AssertReply("Enter a number.")
            .Send("101").AssertReply("Thanks for '101'").AssertReply("Enter another number.")
            .Send("5").AssertReply("Bot received 'number 5'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_child_component_can_begin_a_dialog_defined_in_its_parent_component()
    {
        ComponentDialog Parent()
        {
            var child = new ComponentDialog("child");
            child.AddDialog(new WaterfallDialog("child-steps", [
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync("Child started.", cancellationToken: ct);
                    return await step.BeginDialogAsync("parent-dialog", "test", ct);
                },
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Child finished. Value: {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
            var parent = new ComponentDialog("parent");
            parent.AddDialog(child);
            parent.AddDialog(new WaterfallDialog("parent-dialog", [
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync("Parent called.", cancellationToken: ct);
                    return await step.EndDialogAsync(step.GetOptions<string>(), ct);
                },
            ]));
            return parent;
        }

        var bot = new SdkStyleBot("parent", () => [Parent()]);

        await bot.Flow()
            .Send("Hi").AssertReply("Child started.").AssertReply("Parent called.").AssertReply("Child finished. Value: test")
            .AssertReply("Bot received 'no answer'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancelling_the_inner_stack_ends_the_component_and_the_dialog_below_resumes_with_null()
    {
        var log = new List<string>();
        var bot = new SdkStyleBot("below", () => [
            new WaterfallDialog("below", [
                (step, ct) => step.BeginDialogAsync("cancelling", null, ct),
                (step, ct) => step.EndDialogAsync($"resumed with {ReplyText.Describe(step.Result)}", ct),
            ]),
            new CancellingComponent("cancelling", log),
        ]);

        await bot.Flow()
            .Send("hi").AssertReply("Say something.")
            .Send("cancel").AssertReply("Bot received 'text resumed with no answer'.")
            .StartTestAsync();
        Assert.Equal(["text ended CancelCalled", "cancelling ended EndCalled"], log);
    }

    [Fact]
    public async Task A_root_component_that_cancels_its_inner_stack_completes_with_no_result()
    {
        var log = new List<string>();
        var bot = new SdkStyleBot("cancelling", () => [new CancellingComponent("cancelling", log)]);

        await bot.Flow()
            .Send("hi").AssertReply("Say something.")
            .Send("cancel").AssertReply("Bot received 'no answer'.")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, bot.Results[^1].Status);
    }

    [Fact]
    public async Task Cancelling_a_component_from_outside_cancels_its_inner_dialogs_first()
    {
        var log = new List<string>();
        var bot = new SdkStyleBot("outer", () => [
            new WaterfallDialog("outer", [(step, ct) => step.BeginDialogAsync("cancelling", null, ct)]),
            new CancellingComponent("cancelling", log),
        ]);
        await bot.Flow()
            .Send("hi").AssertReply("Say something.")
            .Send("cancel all").AssertReply("Cancelled.")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, bot.Results[^1].Status);
        Assert.Equal(["text ended CancelCalled", "cancelling ended CancelCalled"], log);
        Assert.Equal(0, bot.StackDepth);
    }
}
