namespace SpineBot.Triage.Causes;

/// <summary>A fact that counted towards a cause, with the details for saying why ("15" and "25" miles).</summary>
/// <param name="FactId">The fact id.</param>
/// <param name="Weight">The points it added.</param>
/// <param name="Details">Details for the "why it fits" wording, by placeholder name.</param>
public sealed record FactEvidence(string FactId, int Weight, IReadOnlyDictionary<string, string> Details);
