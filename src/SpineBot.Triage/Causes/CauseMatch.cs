namespace SpineBot.Triage.Causes;

/// <summary>How well one cause fits what the runner said, and the facts that made it fit.</summary>
/// <param name="CauseId">The cause id.</param>
/// <param name="Score">The total score, negative facts included.</param>
/// <param name="FitsWell">Whether the score reached the cause's minimum.</param>
/// <param name="Evidence">The facts that counted in favour, strongest first.</param>
public sealed record CauseMatch(string CauseId, int Score, bool FitsWell, IReadOnlyList<FactEvidence> Evidence);
