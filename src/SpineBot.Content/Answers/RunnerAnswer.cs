namespace SpineBot.Content.Answers;

/// <summary>One answer to a runner's question or aside (answers.json), its clinic details filled in.</summary>
/// <param name="Id">The id, the same in every language ("heat-or-ice").</param>
/// <param name="Sources">Where what it says comes from: the full titles from the file's "sources".</param>
/// <param name="BySituation">The text for each situation; an answer that does not depend on it has the same text for all.</param>
public sealed record RunnerAnswer(string Id, IReadOnlyList<string> Sources, IReadOnlyDictionary<AnswerSituation, string> BySituation)
{
    /// <summary>The text to say, for how the triage stands so far.</summary>
    public string Text(AnswerSituation situation = AnswerSituation.NothingConcerning) => BySituation[situation];
}
