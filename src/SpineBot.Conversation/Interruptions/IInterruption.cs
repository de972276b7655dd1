using SpineBot.Dialogs;

namespace SpineBot.Conversation.Interruptions;

/// <summary>
/// Something a runner can say at any point of the conversation (a command today; a question, a correction or the
/// safety latch tomorrow). <see cref="Dialogs.InterruptibleDialog"/> offers every message to each interruption, in
/// <see cref="Order"/>, before the active prompt sees it. Adding one is adding one class: every non-abstract
/// implementation in this assembly is registered at start.
/// </summary>
internal interface IInterruption
{
    /// <summary>Where the interruption stands in the list (lower first).</summary>
    int Order { get; }

    /// <summary>
    /// Handles the message on <paramref name="innerDc"/> (the main dialog's inner stack) and returns how the turn ends
    /// — usually <see cref="PendingQuestion.AskAgainAsync"/> — or <c>null</c> when the message is not for it.
    /// </summary>
    Task<DialogTurnResult?> TryHandleAsync(DialogContext innerDc, CancellationToken cancellationToken);
}
