using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Content.Clinic;
using SpineBot.Content.Handoff;
using SpineBot.Conversation.Cards;
using SpineBot.Conversation.Channels;

namespace SpineBot.Conversation.Handoff;

/// <summary>
/// The clinic's card: its name and city, a text that always contains the phone number (for channels that cannot
/// dial), and a tap-to-call button where the channel can dial (not on Teams).
/// </summary>
internal sealed class ClinicCard(HandoffContent handoff, ClinicDetails clinic)
{
    public IMessageActivity Create(ITurnContext turnContext, string text)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["clinicName"] = clinic.Name,
            ["clinicCity"] = clinic.City,
            ["text"] = text,
            ["callButton"] = handoff.Wording.CallButton,
            ["phoneLink"] = clinic.PhoneLink,
        };
        return MessageFactory.Attachment(HeroCardTemplate.Clinic.Render(values, ChannelFeatures.CanDialFromButton(turnContext)));
    }
}
