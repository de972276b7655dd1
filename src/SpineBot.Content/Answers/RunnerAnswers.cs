using SpineBot.Triage.Understanding;

namespace SpineBot.Content.Answers;

/// <summary>
/// The answers to the runner's own questions and asides (answers.json), the matcher that finds which one a message
/// asks for, and the strict reader of short replies. Immutable and thread-safe.
/// </summary>
public sealed class RunnerAnswers
{
    private readonly Dictionary<string, RunnerAnswer> _byId;

    internal RunnerAnswers(
        IReadOnlyList<RunnerAnswer> entries,
        RunnerAnswer unknownQuestion,
        RunnerQuestionMatcher matcher,
        ShortAnswerReader shortAnswers)
    {
        Entries = entries;
        UnknownQuestion = unknownQuestion;
        Matcher = matcher;
        ShortAnswers = shortAnswers;
        _byId = entries.Append(unknownQuestion).ToDictionary(entry => entry.Id, StringComparer.Ordinal);
    }

    /// <summary>The answers, in priority order.</summary>
    public IReadOnlyList<RunnerAnswer> Entries { get; }

    /// <summary>What to say to a question nothing answers.</summary>
    public RunnerAnswer UnknownQuestion { get; }

    /// <summary>Finds the runner's question or aside in a message.</summary>
    public RunnerQuestionMatcher Matcher { get; }

    /// <summary>Reads short replies ("ya", "nope", "every time").</summary>
    public ShortAnswerReader ShortAnswers { get; }

    /// <summary>An answer by id (including <see cref="AnswerIds.UnknownQuestion"/>).</summary>
    /// <exception cref="KeyNotFoundException">No answer has that id.</exception>
    public RunnerAnswer Answer(string id) =>
        _byId.TryGetValue(id, out var answer) ? answer : throw new KeyNotFoundException($"No answer '{id}'.");

    /// <summary>The text for a match: its answer, the unknown-question answer, or <c>null</c> when there is nothing to answer.</summary>
    public string? TextFor(RunnerQuestionMatch match, AnswerSituation situation = AnswerSituation.NothingConcerning)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Kind switch
        {
            QuestionMatchKind.Answer => Answer(match.AnswerId!).Text(situation),
            QuestionMatchKind.UnknownQuestion => UnknownQuestion.Text(situation),
            _ => null,
        };
    }
}
