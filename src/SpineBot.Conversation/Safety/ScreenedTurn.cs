using Microsoft.Bot.Builder;
using SpineBot.Conversation.State;
using SpineBot.Triage.Levels;
using SpineBot.Triage.RedFlags;

namespace SpineBot.Conversation.Safety;

/// <summary>
/// The screen's verdict on this turn's message and the conversation's safety record, kept in the turn so every dialog
/// and interruption reads the same screen the bot ran first.
/// </summary>
internal static class ScreenedTurn
{
    private const string VerdictKey = "SpineBot.Safety.Verdict";
    private const string RecordKey = "SpineBot.Safety.Record";

    public static void Set(ITurnContext turnContext, RedFlagVerdict verdict, SafetyRecord record)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[VerdictKey] = verdict;
        turnContext.TurnState[RecordKey] = record;
    }

    /// <summary>This message's verdict (none when the message was not screened).</summary>
    public static RedFlagVerdict Verdict(ITurnContext turnContext) =>
        turnContext?.TurnState.Get<object>(VerdictKey) as RedFlagVerdict ?? RedFlagVerdict.None;

    /// <summary>The conversation's safety record, as loaded for this turn (null when the message was not screened).</summary>
    public static SafetyRecord? Record(ITurnContext turnContext) => turnContext?.TurnState.Get<object>(RecordKey) as SafetyRecord;

    /// <summary>
    /// Whether a running-cause explanation may be given: never once the conversation has reached a level that needs a
    /// doctor today or sooner (the pain may have nothing to do with running).
    /// </summary>
    public static bool AllowsCauseExplanation(ITurnContext turnContext) =>
        Record(turnContext) is not { } record || (record.HighestLevel < TriageLevel.Consultation24h && record.Latched is null);
}
