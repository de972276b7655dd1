namespace SpineBot.Triage.Handoff;

/// <summary>Whether the clinic should check the pain, and why.</summary>
/// <param name="ReasonIds">The reasons found (see <see cref="HandoffReasons"/>); empty when none.</param>
/// <param name="Details">Details for the reasons' wording, by placeholder name.</param>
public sealed record HandoffAssessment(IReadOnlyList<string> ReasonIds, IReadOnlyDictionary<string, string> Details)
{
    /// <summary>Whether to recommend calling the clinic.</summary>
    public bool IsRecommended => ReasonIds.Count > 0;
}
