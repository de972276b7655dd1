using Microsoft.Bot.Builder;
using SpineBot.Content.Messages;
using SpineBot.Content.RedFlags;
using SpineBot.Conversation.Cards;
using SpineBot.Conversation.Channels;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Turns;
using SpineBot.Conversation.Wording;
using SpineBot.Triage.Levels;

namespace SpineBot.Conversation.Safety;

/// <summary>
/// The advice that holds after a crisis or an emergency, said again when the runner pushes back: kindly, with one
/// sentence of why, the level's action (with its call button) and the clinic's number for afterwards. Never a question.
/// </summary>
internal sealed class LatchedAdvice(ConversationMessages messages, RedFlagContent redFlags)
{
    public async Task SendAsync(ITurnContext turnContext, SafetyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(record);
        var level = record.Latched ?? TriageLevel.Emergency;
        var wording = redFlags.WordingFor(level);
        var latch = redFlags.Latch;
        var reasons = messages.Lists.Join(record.LatchedReasons);
        var why = latch is not null && latch.Why.TryGetValue(level, out var template) ? template.Render("reasons", reasons) : string.Empty;
        var advice = MessageFactory.Text(MessageText.Sentences(latch?.Repeat ?? string.Empty, why, wording.Action));
        if (wording.CallButton is not null && wording.CallLink is not null && ChannelFeatures.CanDialFromButton(turnContext))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["title"] = wording.Title,
                ["callButton"] = wording.CallButton,
                ["emergencyLink"] = wording.CallLink,
            };
            advice.Attachments = [HeroCardTemplate.Emergency.Render(values, canDial: true)];
        }

        TurnOutbox.MarkUrgent(turnContext);
        await turnContext.SendActivityAsync(advice, cancellationToken);
        if (latch is not null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(latch.Afterwards), cancellationToken);
        }
    }
}
