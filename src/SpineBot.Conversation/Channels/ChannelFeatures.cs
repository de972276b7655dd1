using Microsoft.Bot.Builder;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace SpineBot.Conversation.Channels;

/// <summary>What a channel does with the bot's cards and events, where channels differ.</summary>
internal static class ChannelFeatures
{
    /// <summary>
    /// Whether a <c>tel:</c> button dials. Teams only supports openUrl for links and its desktop and web clients do
    /// nothing with a <c>tel:</c> URL, so there the number is shown as text only.
    /// </summary>
    public static bool CanDialFromButton(ITurnContext turnContext) =>
        !IsTeams(turnContext);

    /// <summary>
    /// Whether the channel takes the <c>handoff.initiate</c> event. Teams has no live-agent hub for it and accepts only
    /// message-like activities from bots, so the event is not sent there.
    /// </summary>
    public static bool AcceptsHandoffEvents(ITurnContext turnContext) =>
        !IsTeams(turnContext);

    /// <summary>Whether the turn comes from Microsoft Teams.</summary>
    public static bool IsTeams(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return string.Equals(turnContext.Activity?.ChannelId, BotChannels.Msteams, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the turn comes from a Teams one-to-one (personal) chat.</summary>
    public static bool IsTeamsPersonalChat(ITurnContext turnContext) =>
        IsTeams(turnContext)
        && string.Equals(turnContext.Activity?.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}
