using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;

namespace SpineBot.Dialogs.Choices;

/// <summary>What a Bot Framework channel can show, for choosing how to render choices.</summary>
public static class Channel
{
    /// <summary>The most suggested actions Teams shows (it silently drops the rest).</summary>
    public const int TeamsMaxSuggestedActions = 3;

    /// <summary>The most buttons a Teams hero card shows.</summary>
    public const int TeamsMaxCardActions = 6;

    /// <summary>Whether the channel shows <paramref name="buttonCount"/> suggested actions.</summary>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100) => channelId switch
    {
        Channels.Facebook or Channels.Skype => buttonCount <= 10,
        Channels.Line => buttonCount <= 13,
        Channels.Msteams => buttonCount <= TeamsMaxSuggestedActions,
        Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech
            or Channels.Webchat or Channels.Test => buttonCount <= 100,
        _ => false,
    };

    /// <summary>
    /// Whether suggested actions will be seen in this conversation: like <see cref="SupportsSuggestedActions(string?, int)"/>,
    /// but Teams shows them only in one-to-one (personal) chats, not in group chats or channels.
    /// </summary>
    public static bool SupportsSuggestedActions(ITurnContext turnContext, int buttonCount)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity?.ChannelId;
        if (channelId == Channels.Msteams)
        {
            var conversation = activity?.Conversation;
            var shared = conversation?.IsGroup == true
                || string.Equals(conversation?.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
                || string.Equals(conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase);
            return !shared && SupportsSuggestedActions(channelId, buttonCount);
        }

        return SupportsSuggestedActions(channelId, buttonCount);
    }

    /// <summary>Whether the channel shows <paramref name="buttonCount"/> buttons on a card.</summary>
    public static bool SupportsCardActions(string? channelId, int buttonCount = 100) => channelId switch
    {
        Channels.Facebook or Channels.Skype => buttonCount <= 3,
        Channels.Msteams => buttonCount <= TeamsMaxCardActions,
        Channels.Line => buttonCount <= 99,
        Channels.Slack or Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech
            or Channels.Webchat or Channels.Test => buttonCount <= 100,
        _ => false,
    };
}
