namespace SpineBot.Dialogs;

/// <summary>A persisted dialog stack: what ConversationState stores between turns.</summary>
public sealed class DialogState
{
    private List<DialogInstance> _dialogStack;

    /// <summary>Initializes a new instance of the <see cref="DialogState"/> class with an empty stack.</summary>
    public DialogState()
        : this(null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DialogState"/> class around an existing stack.</summary>
    /// <param name="stack">The stack to wrap (shared, not copied); <c>null</c> for a new empty stack.</param>
    public DialogState(List<DialogInstance>? stack)
    {
        _dialogStack = stack ?? [];
    }

    /// <summary>Gets or sets the stack; index 0 is the active (top) dialog.</summary>
#pragma warning disable CA1002, CA2227 // The stack is a plain serialisable list, as in Bot Framework's DialogState.
    public List<DialogInstance> DialogStack
#pragma warning restore CA1002, CA2227
    {
        get => _dialogStack;
        set => _dialogStack = value ?? [];
    }
}
