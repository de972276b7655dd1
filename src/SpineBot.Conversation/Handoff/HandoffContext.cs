using SpineBot.Triage.Summary;

namespace SpineBot.Conversation.Handoff;

/// <summary>
/// The value of the <c>handoff.initiate</c> event: why the runner is handed to the clinic and the facts they gave, as
/// plain data. Holds none of the runner's messages, and no name or phone number.
/// </summary>
/// <param name="Trigger">"asked", "recommended" or "safety-unsure".</param>
/// <param name="Summary">The triage summary.</param>
/// <param name="Level">The triage level reached ("self-care", "consultation", "consultation-24h", "emergency"...).</param>
/// <param name="Reasons">Why: the ids of the warning signs or hand-off reasons behind the level.</param>
internal sealed record HandoffContext(string Trigger, TriageSummary Summary, string Level, IReadOnlyList<string> Reasons);
