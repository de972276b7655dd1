namespace SpineBot.Triage.RedFlags;

/// <summary>
/// One warning sign that needs emergency care (e.g. loss of bladder control), as the phrasings that reveal it.
/// </summary>
/// <param name="Id">The flag's id, e.g. "bladder-bowel-control".</param>
/// <param name="Patterns">Regular expressions for the ways a runner might say it.</param>
/// <param name="Exceptions">
/// Regular expressions that, found in the same clause, mean it is something else ("hay fever", "my mom had cancer").
/// </param>
public sealed record RedFlagRule(string Id, IReadOnlyList<string> Patterns, IReadOnlyList<string> Exceptions);
