namespace SpineBot.Triage.Understanding;

/// <summary>What makes a clause a question in one language when it has no question mark (answers.json "questionForm").</summary>
/// <param name="Fillers">Words skipped at the start of a clause before its opening is read ("so", "ok", "also").</param>
/// <param name="Openers">Patterns for a question's opening ("^how long", "^should").</param>
/// <param name="Cues">Patterns that make a clause a question wherever they are ("any tips").</param>
/// <param name="Hints">Patterns that make a clause a question only when it also names a topic ("worried it's").</param>
/// <param name="StatementOpeners">
/// Openings of a statement ("^my", "^i"): such a clause that only ends with "?" may name a topic, but is never an
/// unknown question ("my leg is numb?" is a report).
/// </param>
public sealed record QuestionForm(
    IReadOnlyList<string> Fillers,
    IReadOnlyList<string> Openers,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> Hints,
    IReadOnlyList<string> StatementOpeners);
