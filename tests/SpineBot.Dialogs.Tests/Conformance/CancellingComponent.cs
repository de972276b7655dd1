using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>A component asking one text prompt that cancels its own inner stack on "cancel"; logs every end with its reason.</summary>
internal sealed class CancellingComponent : ComponentDialog
{
    private readonly List<string> _log;

    public CancellingComponent(string id, List<string> log)
        : base(id)
    {
        _log = log;
        AddDialog(new WaterfallDialog("ask", [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Say something.") }, ct),
        ]));
        AddDialog(new LoggingTextPrompt("text", log));
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.Context.Activity.Text == "cancel"
            ? await innerDc.CancelAllDialogsAsync(cancellationToken)
            : await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    protected override Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        _log.Add($"{Id} ended {reason}");
        return base.OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }
}
