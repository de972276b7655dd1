using SpineBot.Conversation.State;
using SpineBot.Triage.Handoff;
using SpineBot.Triage.Levels;

namespace SpineBot.Conversation.Handoff;

/// <summary>
/// The triage level and reasons a hand-off carries to the clinic (the <c>handoff.initiate</c> event, the call-back
/// record): the highest warning-sign level of the conversation when it needs a doctor today or sooner; else
/// "consultation" with the hand-off rule's reasons (or the unsure safety check); else "self-care".
/// </summary>
internal static class HandoffLevel
{
    /// <summary>The reason recorded when the runner was not sure about the warning signs.</summary>
    public const string SafetyUnsureReason = "safety-check-unsure";

    public static (string Level, IReadOnlyList<string> Reasons) Of(SafetyRecord? record, HandoffAssessment assessment, HandoffTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (record is { HighestLevel: >= TriageLevel.Consultation24h })
        {
            return (record.HighestLevel.ContentName(), record.Reasons);
        }

        if (assessment.IsRecommended)
        {
            return (TriageLevel.Consultation.ContentName(), assessment.ReasonIds);
        }

        return trigger == HandoffTrigger.SafetyUnsure
            ? (TriageLevel.Consultation.ContentName(), [SafetyUnsureReason])
            : (TriageLevel.SelfCare.ContentName(), []);
    }
}
