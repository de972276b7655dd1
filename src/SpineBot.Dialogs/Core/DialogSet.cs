using Microsoft.Bot.Builder;

namespace SpineBot.Dialogs;

/// <summary>A set of dialogs found by id, bound to the state property that persists their stack.</summary>
public sealed class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="DialogSet"/> class.</summary>
    /// <param name="dialogState">The (ConversationState) property the stack is persisted in.</param>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        _dialogState = dialogState;
    }

    /// <summary>Initializes a new instance of the <see cref="DialogSet"/> class for a component's inner dialogs.</summary>
    internal DialogSet()
    {
    }

    /// <summary>Gets the dialogs in the set.</summary>
    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    /// <summary>Adds a dialog. Adding the same instance twice is harmless; a different dialog with a used id is an error.</summary>
    /// <exception cref="InvalidOperationException">Another dialog already uses the id.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            return ReferenceEquals(existing, dialog)
                ? this
                : throw new InvalidOperationException($"A different dialog with the id '{dialog.Id}' is already in the set.");
        }

        _dialogs.Add(dialog.Id, dialog);
        return this;
    }

    /// <summary>Finds a dialog in this set (not in parent sets) by id.</summary>
    public Dialog? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _dialogs.GetValueOrDefault(id);
    }

    /// <summary>Loads the persisted stack for this turn and returns a context to run dialogs on it.</summary>
    /// <exception cref="InvalidOperationException">The set is a component's inner set, which has no state property.</exception>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This dialog set belongs to a component and has no state property of its own.");
        }

        // After a storage round trip BotState converts the stored JObject to a new DialogState on every read without
        // keeping it, so the instance is set back: changes made to it during the turn are what gets saved.
        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false)
            ?? new DialogState();
        await _dialogState.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
