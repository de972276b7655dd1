using SpineBot.Triage.Levels;

namespace SpineBot.Content.RedFlags;

/// <summary>One short group of the safety check (red-flags.json "screening" "groups"), asked as one yes/no question.</summary>
/// <param name="Id">The group's id ("nerves"), recorded as "safety-check-{id}" when the runner says yes.</param>
/// <param name="Level">The level a "yes" gives.</param>
/// <param name="Source">The clinical source of that level.</param>
/// <param name="Prompt">The question.</param>
/// <param name="Reasons">What a "yes" means, said back in the level's advice ("You mentioned {reasons}.").</param>
public sealed record SafetyCheckGroup(string Id, TriageLevel Level, string Source, string Prompt, string Reasons);
