using SpineBot.Triage.Levels;

namespace SpineBot.Triage.RedFlags;

/// <summary>
/// A combination of warning signs and risk factors that together need a higher level than each alone (a triage
/// tuple): a minor fall with long-term steroids needs a doctor within 24 hours; fever with IV drug use, the ER.
/// </summary>
/// <param name="Id">The combination's id, e.g. "minor-fall-with-steroids".</param>
/// <param name="When">The flag or risk-factor ids that must all be present (in this message or remembered).</param>
/// <param name="Level">The level the combination needs.</param>
/// <param name="Source">The id of the clinical source.</param>
/// <param name="Description">How the bot names it back to the runner.</param>
public sealed record RedFlagCombination(string Id, IReadOnlyList<string> When, TriageLevel Level, string Source, string Description);
