using Microsoft.Bot.Builder;
using SpineBot.Content.Commands;
using SpineBot.Content.Messages;
using SpineBot.Conversation.State;
using SpineBot.Dialogs;

namespace SpineBot.Conversation.Interruptions;

/// <summary>"Cancel": stops the conversation and forgets the facts.</summary>
internal sealed class CancelCommand(ConversationMessages messages, CommandWords commands, RunnerMemory memory) : IInterruption
{
    public int Order => 200;

    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (RunnerCommand.In(innerDc.Context, commands) != GlobalCommand.Cancel)
        {
            return null;
        }

        await innerDc.Context.SendActivityAsync(MessageFactory.Text(messages.Cancelled), cancellationToken);
        await memory.ForgetReportAsync(innerDc.Context, cancellationToken);
        var cancelled = await innerDc.CancelAllDialogsAsync(cancellationToken);
        return cancelled.Status == DialogTurnStatus.Empty ? new DialogTurnResult(DialogTurnStatus.Complete) : cancelled;
    }
}
