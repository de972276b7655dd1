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

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        TurnOutbox.CountAfterSave(dc.Context, () => _telemetry.DialogStarted(Id));
        return base.BeginDialogAsync(dc, options, cancellationToken);
    }

    protected override Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.EndCalled)
        {
            TurnOutbox.CountAfterSave(turnContext, () => _telemetry.DialogCompleted(Id));
        }

        return base.OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }
}
