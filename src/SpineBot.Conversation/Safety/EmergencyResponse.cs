using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using SpineBot.Content.Clinic;
using SpineBot.Content.Messages;
using SpineBot.Content.RedFlags;
using SpineBot.Conversation.Cards;
using SpineBot.Conversation.Channels;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Turns;
using SpineBot.Conversation.Wording;
using SpineBot.Triage.Levels;
using SpineBot.Triage.RedFlags;

namespace SpineBot.Conversation.Safety;

/// <summary>
/// Gives the advice of the verdict's triage level (988 for a crisis, 911 now, the emergency room now, a doctor today)
/// before anything else, in plain text (so every channel shows it) with a tap-to-call card where the level has a number
/// and the channel can dial; for crisis and emergencies, then stops the questions and offers to start over (the advice
/// then holds: see <see cref="Interruptions.SafetyLatch"/>). Records the findings in telemetry by id, and the level in
/// the conversation's <see cref="SafetyRecord"/>.
/// </summary>
internal sealed partial class EmergencyResponse(ConversationMessages messages, RedFlagContent redFlags, ClinicDetails clinic, RunnerMemory memory, ConversationTelemetry telemetry, ILogger<EmergencyResponse> logger)
{
    /// <summary>The flag id recorded when the runner answered "yes" to the safety check.</summary>
    public const string SafetyCheckFlag = "safety-check";

    public async Task SendAsync(ITurnContext turnContext, RedFlagVerdict verdict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(verdict);
        var flags = verdict.FlagIds.Count > 0 ? verdict.FlagIds : [SafetyCheckFlag];
        TurnOutbox.CountAfterSave(turnContext, () =>
        {
            foreach (var flag in flags)
            {
                telemetry.RedFlagRecognised(flag);
            }
        });

        LogEmergency(logger, string.Join(",", flags));
        await RecordAsync(turnContext, verdict, flags, cancellationToken);

        // A "yes" at the safety check (no findings) gets the emergency wording; a finding gets its level's wording.
        var emergency = redFlags.Emergency;
        var level = verdict.Findings.Count > 0 ? redFlags.WordingFor(verdict.Level) : null;
        var title = level?.Title ?? emergency.Title;
        var callButton = level is null ? emergency.CallButton : level.CallButton;
        var callLink = level is null ? clinic.EmergencyLink : level.CallLink;
        var closing = level?.Closing ?? emergency.Closing;
        var warning = MessageFactory.Text(redFlags.MessageFor(verdict));
        if (callButton is not null && callLink is not null && ChannelFeatures.CanDialFromButton(turnContext))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["title"] = title,
                ["callButton"] = callButton,
                ["emergencyLink"] = callLink,
            };
            warning.Attachments = [HeroCardTemplate.Emergency.Render(values, canDial: true)];
        }

        TurnOutbox.MarkUrgent(turnContext);
        await turnContext.SendActivityAsync(warning, cancellationToken);
        if (level is not null && !level.Level.IsLatching())
        {
            // A doctor today: the clinic's card and the call-back offer follow (ClinicHandoffDialog), not a restart.
            return;
        }

        var startAgain = MessageFactory.SuggestedActions(
            [messages.StartAgainButton],
            MessageText.Sentences(closing, messages.StartAgainOffer),
            ssml: null,
            inputHint: null,
            toList: null);
        await turnContext.SendActivityAsync(startAgain, cancellationToken);
    }

    /// <summary>Raises the conversation's highest level and, for crisis and emergencies, makes the advice hold.</summary>
    private async Task RecordAsync(ITurnContext turnContext, RedFlagVerdict verdict, IReadOnlyList<string> flags, CancellationToken cancellationToken)
    {
        var record = await memory.SafetyAsync(turnContext, cancellationToken);
        var level = verdict.Findings.Count > 0 ? verdict.Level : TriageLevel.Emergency;
        if (level > record.HighestLevel)
        {
            record.HighestLevel = level;
            record.Reasons = [.. flags];
        }
        else if (level == record.HighestLevel)
        {
            record.Reasons = [.. record.Reasons.Union(flags, StringComparer.Ordinal)];
        }

        if (level.IsLatching() && (record.Latched is null || level >= record.Latched))
        {
            record.Latched = level;
            record.LetGoAtSafetyCheck = false;
            record.LatchedReasons = verdict.Findings.Count > 0
                ? [.. verdict.Findings.Select(finding => finding.Description).Distinct()]
                : [redFlags.Emergency.ScreeningMessage];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Emergency warning signs recognised: {FlagIds}")]
    private static partial void LogEmergency(ILogger logger, string flagIds);
}
