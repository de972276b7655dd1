using Microsoft.Bot.Builder;

namespace SpineBot.Dialogs;

/// <summary>Runs a root dialog for one turn.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the active dialog, or begins <paramref name="dialog"/> when the stack is empty. The root dialog is
    /// normally a <see cref="ComponentDialog"/> holding every other dialog. As in Bot Framework, a saved stack whose
    /// root is not this dialog (state from a version of the bot whose root had another id) throws
    /// <see cref="InvalidOperationException"/>. The caller saves ConversationState afterwards.
    /// </summary>
    /// <exception cref="InvalidOperationException">The saved stack's root dialog is not <paramref name="dialog"/>.</exception>
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
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
