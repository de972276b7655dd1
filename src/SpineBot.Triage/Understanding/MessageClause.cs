namespace SpineBot.Triage.Understanding;

/// <summary>One clause of a message, its leading fillers removed, and whether it was punctuated as a question.</summary>
/// <param name="Text">The clause, normalised, without leading fillers.</param>
/// <param name="HasQuestionMark">Whether it ended with "?" (or opened with "¿").</param>
internal readonly record struct MessageClause(string Text, bool HasQuestionMark);
