namespace SpineBot.Triage.Understanding;

/// <summary>
/// How the runner asks for one answer (answers.json): words or patterns in a clause that is a question, patterns
/// wherever they are said, or a phrase that is the whole message. An exception found in the message means it is
/// about something else.
/// </summary>
/// <param name="Id">The answer's id, the same in every language ("heat-or-ice").</param>
/// <param name="Phrases">Plain words that ask for the answer inside a question.</param>
/// <param name="Patterns">Regular expressions that ask for the answer inside a question.</param>
/// <param name="Anywhere">Regular expressions that ask for the answer wherever they are said.</param>
/// <param name="Alone">Plain phrases that ask for the answer when they are the whole message.</param>
/// <param name="Exceptions">Regular expressions that, found in the message, mean it is about something else.</param>
public sealed record RunnerQuestionRule(
    string Id,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<string> Anywhere,
    IReadOnlyList<string> Alone,
    IReadOnlyList<string> Exceptions);
