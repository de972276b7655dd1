using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs.Tests.Infrastructure;

/// <summary>Builds a root component that asks one prompt and then echoes what it understood (<see cref="ReplyText"/>).</summary>
internal static class PromptScript
{
    public static Dialog AskThenEcho(Dialog prompt, Func<PromptOptions> options)
    {
        var steps = new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync(prompt.Id, options(), ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(ReplyText.Describe(step.Result), cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        };
        return new TestComponent("root", new WaterfallDialog("ask", steps), prompt);
    }
}
