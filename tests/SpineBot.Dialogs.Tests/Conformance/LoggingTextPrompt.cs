using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>A text prompt that logs when and why it ends (it is sealed in the library, so this wraps one).</summary>
internal sealed class LoggingTextPrompt(string id, List<string> log) : Dialog(id)
{
    private readonly TextPrompt _prompt = new(id);

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        => _prompt.BeginDialogAsync(dc, options, cancellationToken);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        => _prompt.ContinueDialogAsync(dc, cancellationToken);

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id} ended {reason}");
        return _prompt.EndDialogAsync(turnContext, instance, reason, cancellationToken);
    }
}
