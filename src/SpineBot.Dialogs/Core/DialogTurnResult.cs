namespace SpineBot.Dialogs;

/// <summary>The outcome of running a dialog for one turn.</summary>
/// <param name="status">Whether the stack is empty, waiting, complete or cancelled.</param>
/// <param name="result">The value the ended dialog returned, if any.</param>
public sealed class DialogTurnResult(DialogTurnStatus status, object? result = null)
{
    /// <summary>Gets whether the stack is empty, waiting, complete or cancelled.</summary>
    public DialogTurnStatus Status { get; } = status;

    /// <summary>Gets the value the ended dialog returned (for <see cref="DialogTurnStatus.Complete"/>).</summary>
    public object? Result { get; } = result;

}
