using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs;

/// <summary>
/// A dialog stack for the current turn, plus the set its dialogs are found in. Index 0 of <see cref="Stack"/> is the
/// active dialog. A component's inner context has the outer context as <see cref="Parent"/>.
/// </summary>
public class DialogContext
{
    /// <summary>Initializes a new instance of the <see cref="DialogContext"/> class.</summary>
    /// <param name="dialogs">The dialogs that can be started on this stack.</param>
    /// <param name="turnContext">The current turn.</param>
    /// <param name="state">The persisted stack (used in place, not copied).</param>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        Stack = state.DialogStack;
    }

    /// <summary>Initializes a new instance of the <see cref="DialogContext"/> class sharing another context's stack.</summary>
    private protected DialogContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        Dialogs = dc.Dialogs;
        Context = dc.Context;
        Stack = dc.Stack;
        Parent = dc.Parent;
    }

    /// <summary>Gets the current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>Gets the dialogs that can be started on this stack.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>Gets the context of the enclosing component's stack, or <c>null</c> for the root stack.</summary>
    public DialogContext? Parent { get; internal set; }

    /// <summary>Gets the stack; index 0 is the active dialog.</summary>
#pragma warning disable CA1002 // The persisted stack itself, as in Bot Framework's DialogContext.
    public List<DialogInstance> Stack { get; }
#pragma warning restore CA1002

    /// <summary>Gets the active (top) dialog instance, or <c>null</c> when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Finds a dialog by id in this context's set, then in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);
    }

    /// <summary>Pushes a new instance of the dialog onto the stack and starts it.</summary>
    /// <exception cref="InvalidOperationException">No dialog with that id can be found.</exception>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"BeginDialogAsync(): no dialog with the id '{dialogId}' was found.");
        Stack.Insert(0, new DialogInstance { Id = dialogId, State = new Dictionary<string, object?>() });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a prompt dialog with the given options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Passes the user's reply to the active dialog; returns <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    /// <exception cref="InvalidOperationException">The active dialog's id is no longer registered.</exception>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"ContinueDialogAsync(): the active dialog '{instance.Id}' was not found.");
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the active dialog and resumes the one below it with <paramref name="result"/>. When the stack becomes empty
    /// the turn result is <see cref="DialogTurnStatus.Complete"/> with <paramref name="result"/>.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var dialog = FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"EndDialogAsync(): the dialog '{instance.Id}' to resume was not found.");
        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog without resuming its parent and starts another dialog in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Cancels every dialog on this stack (top first; components cancel their own inner stacks too). Returns
    /// <see cref="DialogTurnStatus.Cancelled"/>, or <see cref="DialogTurnStatus.Empty"/> when nothing was running on a
    /// root stack (an inner stack, which has a <see cref="Parent"/>, always reports Cancelled, as in Bot Framework).
    /// Only this stack is affected, not the parent's.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0 && Parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question (e.g. after answering "help").</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is not null && FindDialog(instance.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.Remove(instance);
    }
}
