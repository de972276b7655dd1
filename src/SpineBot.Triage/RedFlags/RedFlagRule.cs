using SpineBot.Triage.Levels;

namespace SpineBot.Triage.RedFlags;

/// <summary>
/// One warning sign (e.g. loss of bladder control), the level of care it needs on its own, its clinical source and the
/// phrasings that reveal it.
/// </summary>
/// <param name="Id">The flag's id, e.g. "bladder-bowel-control".</param>
/// <param name="Level">The level of care it needs on its own.</param>
/// <param name="Source">The id of the clinical source the rule follows (a key of the content's sources).</param>
/// <param name="Description">How the bot names it back to the runner ("trouble controlling your bladder").</param>
/// <param name="Patterns">Regular expressions for the ways a runner might say it.</param>
/// <param name="Exceptions">
/// Regular expressions that, found in the same piece of a clause, mean it is something else ("hay fever").
/// </param>
public sealed record RedFlagRule(
    string Id,
    TriageLevel Level,
    string Source,
    string Description,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<string> Exceptions)
{
    /// <summary>A history that matters however long ago it was ("I had breast cancer five years ago").</summary>
    public bool CountsWhenPast { get; init; }
}
