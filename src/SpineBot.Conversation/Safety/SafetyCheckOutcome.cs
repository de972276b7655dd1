namespace SpineBot.Conversation.Safety;

/// <summary>How the safety check ended.</summary>
/// <param name="Unsure">The runner was not sure of a group: the clinic's number is offered at the end.</param>
/// <param name="Stopped">A "yes" (or a held emergency advice): the advice was given and the questions stop.</param>
internal sealed record SafetyCheckOutcome(bool Unsure, bool Stopped);
