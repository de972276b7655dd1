using Microsoft.Bot.Builder;

namespace SpineBot.Dialogs;

/// <summary>
/// Base class for everything that can run on a dialog stack. A dialog object is stateless and shared by all
/// conversations; what it needs to remember between turns goes into its <see cref="DialogInstance.State"/>.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result a dialog returns when it is waiting for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    /// <summary>Initializes a new instance of the <see cref="Dialog"/> class.</summary>
    /// <param name="id">The id the dialog is found by in its <see cref="DialogSet"/>.</param>
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Gets the id the dialog is found by in its <see cref="DialogSet"/>.</summary>
    public string Id { get; }

    /// <summary>Starts the dialog; its instance is already on top of <paramref name="dc"/>'s stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Handles the user's reply while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a child dialog this dialog started has ended. By default ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the user again for what the dialog is waiting for. By default does nothing.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Called just before the dialog's instance is removed from the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;
}
