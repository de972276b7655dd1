using Microsoft.Bot.Builder;

namespace SpineBot.Dialogs;

/// <summary>Runs a root dialog for one turn.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the active dialog, or begins <paramref name="dialog"/> when the stack is empty. The root dialog is
    /// normally a <see cref="ComponentDialog"/> holding every other dialog. A saved stack whose root is not this dialog
    /// (state from an older version of the bot) is discarded and the dialog starts afresh. The caller saves
    /// ConversationState afterwards.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);

        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is { } active && dc.FindDialog(active.Id) is null)
        {
            // State saved by a version of the bot whose root dialog had another id: start over rather than fail every turn.
            dc.Stack.Clear();
        }

        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
