using Microsoft.Bot.Builder;

namespace SpineBot.Dialogs;

/// <summary>
/// A dialog made of other dialogs, with its own inner stack persisted inside its instance state.
/// </summary>
/// <remarks>
/// <para><b>Intercepting turns.</b> Every user reply reaches the outermost component first: the root context calls
/// the root component's <see cref="ContinueDialogAsync"/>, which calls <see cref="OnContinueDialogAsync"/> with its
/// inner context; only the base implementation passes the turn on to the inner active dialog — which, if it is
/// itself a component, calls its own <see cref="OnContinueDialogAsync"/>, and so on down to the active prompt.
/// So an override of <see cref="OnContinueDialogAsync"/> in the root component (e.g. a base class for help, cancel,
/// start over or a safety screen) sees every turn before any nested child or prompt does, however deep. To handle a
/// turn it does not call the base method and instead may, on the inner context:</para>
/// <list type="bullet">
/// <item>send a message, <c>await innerDc.RepromptDialogAsync()</c> (the innermost prompt asks again) and return
/// <see cref="Dialog.EndOfTurn"/>;</item>
/// <item><c>await innerDc.CancelAllDialogsAsync()</c> (every nested dialog is cancelled, innermost first) then
/// <c>return await innerDc.BeginDialogAsync(...)</c> to start over inside the component;</item>
/// <item><c>return await innerDc.CancelAllDialogsAsync()</c>: the component ends too, as in Bot Framework: the
/// dialog below it resumes with a <c>null</c> result; when nothing is below it (e.g. it is the root), the turn
/// result is <see cref="DialogTurnStatus.Complete"/> with a <c>null</c> result and the stack is empty. So "cancel"
/// handled by the root component ends the whole conversation flow;</item>
/// <item>cancel and return a <see cref="DialogTurnStatus.Complete"/> result, or
/// <c>return await EndComponentAsync(innerDc.Parent!, result)</c>: the component ends with that result and the dialog
/// below it resumes.</item>
/// </list>
/// <para>The turn that <em>starts</em> a component goes to <see cref="OnBeginDialogAsync"/>, not
/// <see cref="OnContinueDialogAsync"/>; override both if the very first message must be screened too.</para>
/// <para>Whenever the inner turn's status is not <see cref="DialogTurnStatus.Waiting"/>, the component ends with the
/// inner result (an inner <see cref="DialogTurnStatus.Complete"/> result passes up to the dialog below). When the
/// component itself is cancelled, whatever is still on its inner stack is cancelled too (so nested
/// <see cref="Dialog.EndDialogAsync"/> hooks run); ending or replacing it leaves the inner stack alone, as in Bot
/// Framework.</para>
/// </remarks>
public class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";

    private readonly DialogSet _dialogs = new();

    /// <summary>Initializes a new instance of the <see cref="ComponentDialog"/> class.</summary>
    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>Gets or sets the id of the inner dialog started first; defaults to the first dialog added.</summary>
    public string InitialDialogId { get; set; } = string.Empty;

    /// <summary>Gets the inner dialogs.</summary>
    protected DialogSet Dialogs => _dialogs;

    /// <summary>Adds an inner dialog; the first one added becomes <see cref="InitialDialogId"/> unless it is set.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        _dialogs.Add(dialog);
        if (string.IsNullOrEmpty(InitialDialogId))
        {
            InitialDialogId = dialog.Id;
        }

        return this;
    }

    /// <summary>Finds an inner dialog by id.</summary>
    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = ActiveInstance(dc);
        var innerDc = CreateInnerContext(dc.Context, instance, dc);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(dc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = ActiveInstance(dc);
        var innerDc = CreateInnerContext(dc.Context, instance, dc);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(dc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Called when a dialog this component started on the <em>outer</em> stack ended (rare). The inner active dialog
    /// is re-prompted and the component waits.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, ActiveInstance(dc), cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var innerDc = CreateInnerContext(turnContext, instance, null);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = CreateInnerContext(turnContext, instance, null);
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the component; by default begins <see cref="InitialDialogId"/> with the component's options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (string.IsNullOrEmpty(InitialDialogId))
        {
            throw new InvalidOperationException($"Component '{Id}' has no dialogs to start.");
        }

        return innerDc.BeginDialogAsync(InitialDialogId, options, cancellationToken);
    }

    /// <summary>
    /// Handles a user reply; by default passes it to the inner active dialog. Override to intercept turns before any
    /// nested dialog sees them (see the remarks on <see cref="ComponentDialog"/>).
    /// </summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Called after the inner active dialog was re-prompted.</summary>
    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>Called when the component is ended, replaced or cancelled (after a cancel, its inner stack was cancelled first).</summary>
    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>Ends the component on the outer stack with <paramref name="result"/>; the parent resumes with it.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private static DialogInstance ActiveInstance(DialogContext dc)
        => dc.ActiveDialog ?? throw new InvalidOperationException("The component is not on the stack.");

    private DialogContext CreateInnerContext(ITurnContext turnContext, DialogInstance instance, DialogContext? outerDc)
    {
        var innerState = StateJson.ReadBack<DialogState>(instance.State, InnerStackKey) ?? new DialogState();
        instance.State[InnerStackKey] = innerState;
        return new DialogContext(_dialogs, turnContext, innerState) { Parent = outerDc };
    }

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outerDc, DialogInstance instance, DialogTurnResult turnResult, CancellationToken cancellationToken)
    {
        if (!outerDc.Stack.Contains(instance))
        {
            // An override already ended this component (e.g. EndComponentAsync(innerDc.Parent!, ...)): pass its result on.
            return turnResult;
        }

        if (turnResult.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }
}
