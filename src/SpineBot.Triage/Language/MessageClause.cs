namespace SpineBot.Triage.Language;

/// <summary>One clause of a message as read: its text and what the reading found.</summary>
/// <param name="Text">The clause's normalized text.</param>
/// <param name="Start">Where it starts in the normalized message.</param>
/// <param name="Kind">Statement, answer, question, correction or command.</param>
/// <param name="Negated">Whether it holds a negation ("no numbness", "I don't have a fever").</param>
/// <param name="Subject">Who it is about (its first piece): the runner or someone else.</param>
/// <param name="Time">Now, or over and done with ("last year", "fine now").</param>
public sealed record MessageClause(string Text, int Start, ClauseKind Kind, bool Negated, ClauseSubject Subject, ClauseTime Time);
