using SpineBot.Dialogs;

namespace SpineBot.Conversation.Interruptions;

/// <summary>How a handled interruption ends the turn: by asking the question that was pending again.</summary>
internal static class PendingQuestion
{
    /// <summary>
    /// Asks the active question again and waits for its answer; with no question pending (the first message of a
    /// conversation), ends the main dialog.
    /// </summary>
    public static async Task<DialogTurnResult> AskAgainAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (innerDc.ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        await innerDc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }
}
