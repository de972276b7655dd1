namespace SpineBot.Triage.Causes;

/// <summary>How much one fact counts towards a cause; negative when it speaks against it.</summary>
/// <param name="FactId">A fact id from <see cref="RunnerFacts"/>.</param>
/// <param name="Weight">Points added to the cause's score when the fact holds.</param>
public sealed record FactWeight(string FactId, int Weight);
