namespace SpineBot.Triage.Causes;

/// <summary>How one cause from the clinic's article is scored (content's scoring.json).</summary>
/// <param name="CauseId">The cause id, e.g. "weak-core".</param>
/// <param name="Weights">The facts that count for or against the cause.</param>
/// <param name="MinimumScore">The score at which the cause "fits well" enough to tell the runner.</param>
public sealed record CauseScoringRule(string CauseId, IReadOnlyList<FactWeight> Weights, int MinimumScore);
