using SpineBot.Triage.Handoff;

namespace SpineBot.Content.Handoff;

/// <summary>What handoff.json holds.</summary>
/// <param name="Thresholds">When lingering pain should be evaluated.</param>
/// <param name="SoonWhen">The combinations of reasons that call for "soon, within days".</param>
/// <param name="Wording">The texts and buttons.</param>
internal sealed record HandoffFileContent(HandoffThresholds Thresholds, IReadOnlyList<IReadOnlyList<string>> SoonWhen, HandoffWording Wording);
