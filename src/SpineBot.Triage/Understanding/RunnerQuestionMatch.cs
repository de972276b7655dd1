namespace SpineBot.Triage.Understanding;

/// <summary>
/// The runner's own question or aside found in a message. A story can hold a question and facts at once ("my back
/// hurts after running, is it serious?"): the caller answers the question and still reads the facts.
/// </summary>
/// <param name="Kind">None, an answer, or an unknown question.</param>
/// <param name="AnswerId">The best answer's id (first in file order) when <paramref name="Kind"/> is Answer.</param>
/// <param name="Reason">How it was found.</param>
/// <param name="AlsoMatched">Every other answer id the message matched, in file order ("worry" next to "is-it-serious").</param>
public sealed record RunnerQuestionMatch(QuestionMatchKind Kind, string? AnswerId, QuestionMatchReason Reason, IReadOnlyList<string> AlsoMatched)
{
    /// <summary>No question or aside.</summary>
    public static RunnerQuestionMatch None { get; } = new(QuestionMatchKind.None, null, QuestionMatchReason.NotAQuestion, []);

    /// <summary>A question with no answer in the content.</summary>
    public static RunnerQuestionMatch Unknown { get; } = new(QuestionMatchKind.UnknownQuestion, null, QuestionMatchReason.NoAnswerForQuestion, []);

    /// <summary>Whether the message holds a question or aside that needs an answer (known or not).</summary>
    public bool NeedsAnswer => Kind != QuestionMatchKind.None;

    /// <summary>Whether <paramref name="id"/> is the answer or one of the others matched.</summary>
    public bool Mentions(string id) => AnswerId == id || AlsoMatched.Contains(id, StringComparer.Ordinal);
}
