using SpineBot.Triage.Levels;

namespace SpineBot.Content.RedFlags;

/// <summary>One short group of the safety check (red-flags.json "screening" "groups"), asked as one yes/no question.</summary>
/// <param name="Id">The group's id ("nerves"), recorded as "safety-check-{id}" when the runner says yes.</param>
/// <param name="Level">The level a "yes" gives.</param>
/// <param name="Source">The clinical source of that level.</param>
/// <param name="Prompt">The question.</param>
/// <param name="Reasons">What a "yes" means, said back in the level's advice ("You mentioned {reasons}.").</param>
/// <remarks>A group with <see cref="Which"/> joins parts of different levels: its level and source are the highest part's.</remarks>
public sealed record SafetyCheckGroup(string Id, TriageLevel Level, string Source, string Prompt, string Reasons)
{
    /// <summary>The follow-up after a "yes" that asks which part it is, when the group joins parts of different levels.</summary>
    public SafetyCheckWhich? Which { get; init; }

    /// <summary>The question in plainer words, said after "what do you mean?" or "huh?" (parts: empty).</summary>
    public string Plain { get; init; } = string.Empty;
}
