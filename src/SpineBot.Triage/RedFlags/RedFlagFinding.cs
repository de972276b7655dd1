using SpineBot.Triage.Levels;

namespace SpineBot.Triage.RedFlags;

/// <summary>A warning sign or combination the screen found.</summary>
/// <param name="Id">The flag's or combination's id.</param>
/// <param name="Level">The level it needs.</param>
/// <param name="Source">The id of its clinical source.</param>
/// <param name="Description">How the bot names it back to the runner.</param>
public sealed record RedFlagFinding(string Id, TriageLevel Level, string Source, string Description);
