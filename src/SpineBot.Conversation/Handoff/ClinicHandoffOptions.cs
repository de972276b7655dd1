using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Handoff;

/// <summary>How the clinic hand-off starts.</summary>
/// <param name="Trigger">Why the clinic's details are shown.</param>
/// <param name="Report">What the runner has said so far (for the hand-off summary and the call-back request).</param>
/// <param name="RecommendationAlreadySaid">Whether "have it looked at" (with why) was already said, so the card follows without it.</param>
internal sealed record ClinicHandoffOptions(HandoffTrigger Trigger, RunnerReport Report, bool RecommendationAlreadySaid = false);
