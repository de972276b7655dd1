namespace SpineBot.Triage.RedFlags;

/// <summary>
/// Something that is no warning sign on its own but raises the level in a <see cref="RedFlagCombination"/>
/// (long-term steroids, age over 50, a minor fall).
/// </summary>
/// <param name="Id">The risk factor's id, e.g. "long-term-steroids".</param>
/// <param name="Description">How the bot names it back to the runner.</param>
/// <param name="Patterns">Regular expressions for the ways a runner might say it.</param>
/// <param name="Exceptions">Regular expressions that, in the same piece, mean it is something else.</param>
public sealed record RiskFactorRule(string Id, string Description, IReadOnlyList<string> Patterns, IReadOnlyList<string> Exceptions)
{
    /// <summary>A history that counts however long ago it was ("I've had osteoporosis for years").</summary>
    public bool CountsWhenPast { get; init; }
}
