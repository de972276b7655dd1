using Microsoft.Bot.Builder;
using SpineBot.Content.Commands;
using SpineBot.Content.Handoff;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Handoff;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.State;
using SpineBot.Dialogs;

namespace SpineBot.Conversation.Interruptions;

/// <summary>
/// "Talk to the clinic": the clinic hand-off on top of whatever was asked (asked again when it ends); while the clinic's
/// details are already shown, the number is repeated and the pending question asked again.
/// </summary>
internal sealed class TalkToClinicCommand(ConversationMessages messages, HandoffContent handoff, CommandWords commands, RunnerMemory memory) : IInterruption
{
    public int Order => 400;

    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (RunnerCommand.In(innerDc.Context, commands) != GlobalCommand.TalkToClinic
            || (innerDc.ActiveDialog?.Id == PersistentPainDialog.DialogId
                && messages.PersistentPain?.Choices.Find(innerDc.Context.Activity.Text) is not null))
        {
            // At the persistent-pain choice, "the clinic's number" is its answer.
            return null;
        }

        if (innerDc.ActiveDialog is not null && await memory.IsTalkingToClinicAsync(innerDc.Context, cancellationToken))
        {
            await innerDc.Context.SendActivityAsync(MessageFactory.Text(handoff.Wording.Contact), cancellationToken);
            return await PendingQuestion.AskAgainAsync(innerDc, cancellationToken);
        }

        var report = await memory.RecallAsync(innerDc.Context, cancellationToken);
        return await innerDc.BeginDialogAsync(ClinicHandoffDialog.DialogId, new ClinicHandoffOptions(HandoffTrigger.Asked, report), cancellationToken);
    }
}
