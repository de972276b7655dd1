namespace SpineBot.Conversation.Intake;

/// <summary>How the intake starts.</summary>
/// <param name="TakeStoryFromThisMessage">
/// True when the message that started the conversation already tells the runner's story; false to ask the open
/// question first.
/// </param>
internal sealed record IntakeOptions(bool TakeStoryFromThisMessage);
