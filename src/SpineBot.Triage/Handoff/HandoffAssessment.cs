namespace SpineBot.Triage.Handoff;

/// <summary>Whether the pain should be evaluated (the <c>consultation</c> level), how soon, and why.</summary>
/// <param name="ReasonIds">The reasons found (see <see cref="HandoffReasons"/>); empty when none.</param>
/// <param name="Details">Details for the reasons' wording, by placeholder name.</param>
public sealed record HandoffAssessment(IReadOnlyList<string> ReasonIds, IReadOnlyDictionary<string, string> Details)
{
    /// <summary>Whether to recommend having the pain evaluated (your doctor or the clinic).</summary>
    public bool IsRecommended => ReasonIds.Count > 0;

    /// <summary>
    /// Whether it should be seen soon, within days (e.g. severe and getting worse), rather than "have it looked at".
    /// </summary>
    public bool IsSoon { get; init; }
}
