using Microsoft.Bot.Builder;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Turns;
using SpineBot.Dialogs;

namespace SpineBot.Conversation.Dialogs;

/// <summary>A unit of the runner's conversation; counts in telemetry when it starts and when it runs to its end.</summary>
internal abstract class RunnerComponentDialog : ComponentDialog
{
    private readonly ConversationTelemetry _telemetry;

    protected RunnerComponentDialog(string dialogId, ConversationTelemetry telemetry)
        : base(dialogId)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        _telemetry = telemetry;
    }

    protected sealed override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        TurnOutbox.CountAfterSave(innerDc.Context, () => _telemetry.DialogStarted(Id));
        return OnBeginUnitAsync(innerDc, options, cancellationToken);
    }

    /// <summary>Starts the unit; by default begins its initial inner dialog with the options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginUnitAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
        => base.OnBeginDialogAsync(innerDc, options, cancellationToken);

    protected override Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.EndCalled)
        {
            TurnOutbox.CountAfterSave(turnContext, () => _telemetry.DialogCompleted(Id));
        }

        return base.OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }
}
