using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>A text prompt that, on "help", starts the "aside" dialog on top of itself instead of reading the reply.</summary>
internal sealed class InterruptingPromptHost(string id) : Dialog(id)
{
    private readonly TextPrompt _prompt = new(id);

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        => _prompt.BeginDialogAsync(dc, options, cancellationToken);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Text == "help"
            ? dc.BeginDialogAsync("aside", null, cancellationToken)
            : _prompt.ContinueDialogAsync(dc, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
        => _prompt.ResumeDialogAsync(dc, reason, result, cancellationToken);

    public override Task RepromptDialogAsync(Microsoft.Bot.Builder.ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => _prompt.RepromptDialogAsync(turnContext, instance, cancellationToken);
}
