using Microsoft.Bot.Builder;
using SpineBot.Content.Commands;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Intake;
using SpineBot.Conversation.State;
using SpineBot.Dialogs;

namespace SpineBot.Conversation.Interruptions;

/// <summary>"Start over": forgets the facts and begins the conversation again with the open question.</summary>
internal sealed class StartOverCommand(ConversationMessages messages, CommandWords commands, RunnerMemory memory) : IInterruption
{
    public int Order => 300;

    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (RunnerCommand.In(innerDc.Context, commands) != GlobalCommand.StartOver)
        {
            return null;
        }

        await innerDc.Context.SendActivityAsync(MessageFactory.Text(messages.StartingOver), cancellationToken);
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        await memory.ForgetReportAsync(innerDc.Context, cancellationToken);
        return await innerDc.BeginDialogAsync(RunnerDialog.StepsId, new IntakeOptions(TakeStoryFromThisMessage: false), cancellationToken);
    }
}
