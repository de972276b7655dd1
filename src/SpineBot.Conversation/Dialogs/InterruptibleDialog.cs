using Microsoft.Bot.Schema;
using SpineBot.Conversation.Interruptions;
using SpineBot.Conversation.Telemetry;
using SpineBot.Dialogs;

namespace SpineBot.Conversation.Dialogs;

/// <summary>
/// Bot Framework's CancelAndHelpDialog pattern, generalised: every message is offered first to the
/// <see cref="IInterruption"/>s, in order, before any prompt sees it; the first that handles it ends the turn (usually
/// by asking the pending question again). Only the rest reach the active dialog. (The bot has already screened the
/// message for emergencies.)
/// </summary>
internal abstract class InterruptibleDialog : RunnerComponentDialog
{
    private readonly IInterruption[] _interruptions;

    protected InterruptibleDialog(string dialogId, IEnumerable<IInterruption> interruptions, ConversationTelemetry telemetry)
        : base(dialogId, telemetry)
    {
        ArgumentNullException.ThrowIfNull(interruptions);
        _interruptions = [.. interruptions.OrderBy(interruption => interruption.Order)];
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return await InterruptAsync(innerDc, cancellationToken) ?? await OnBeginConversationAsync(innerDc, options, cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return await InterruptAsync(innerDc, cancellationToken) ?? await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>Begins the conversation with a message no interruption took.</summary>
    protected abstract Task<DialogTurnResult> OnBeginConversationAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken);

    private async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Context.Activity?.Type != ActivityTypes.Message)
        {
            return null;
        }

        foreach (var interruption in _interruptions)
        {
            if (await interruption.TryHandleAsync(innerDc, cancellationToken) is { } handled)
            {
                return handled;
            }
        }

        return null;
    }
}
