using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;
using SpineBot.Dialogs.Tests.Infrastructure;

namespace SpineBot.Dialogs.Tests.Components;

/// <summary>
/// Three levels of components: root (interrupting) → "intake" component → "score" component → number prompt,
/// then a confirm prompt in "intake". The root echoes "intake done: {score}/{numb}" at the end. The number prompt's
/// validator gives up on the third reply (the score is then 0, the prompt's unrecognised value).
/// </summary>
internal static class IntakeConversation
{
    public static Dialog Build(List<string> log, ISet<string>? rootCommands = null, ISet<string>? intakeCommands = null)
    {
        var score = new InterruptingComponent(
            "score",
            log,
            new WaterfallDialog("score-steps", [
                (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("score?") }, ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]),
            new NumberPrompt<int>("number", (ctx, ct) => Task.FromResult(ctx.Recognized.Succeeded || ctx.AttemptCount >= 3)))
        {
            Commands = InterruptingComponent.NoCommands(),
        };

        var intake = new InterruptingComponent(
            "intake",
            log,
            new WaterfallDialog("intake-steps", [
                (step, ct) => step.BeginDialogAsync("score", null, ct),
                (step, ct) =>
                {
                    step.Values["score"] = step.Result;
                    return step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("numb?") }, ct);
                },
                (step, ct) => step.EndDialogAsync($"{ReplyText.Describe(step.Values.GetValue<int?>("score"))}/{ReplyText.Describe(step.Result)}", ct),
            ]),
            score,
            new ConfirmPrompt("confirm"))
        {
            Commands = intakeCommands ?? InterruptingComponent.NoCommands(),
        };

        var explain = new WaterfallDialog("explain", [
            (step, ct) => step.PromptAsync("explain-confirm", new PromptOptions { Prompt = MessageFactory.Text("explanation. did that help?") }, ct),
            (step, ct) => step.EndDialogAsync(null, ct),
        ]);

        var root = new InterruptingComponent(
            "root",
            log,
            new WaterfallDialog("root-steps", [
                (step, ct) => step.BeginDialogAsync("intake", null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"intake done: {step.Result ?? "no answer"}", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]),
            intake,
            explain,
            new ConfirmPrompt("explain-confirm"))
        {
            Commands = rootCommands ?? InterruptingComponent.AllCommands(),
        };

        return root;
    }
}
