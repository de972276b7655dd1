using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SpineBot.Conversation.Channels;

/// <summary>
/// Removes "@SpineBot" mentions (Teams sends "&lt;at&gt;SpineBot&lt;/at&gt; help") from a message's text. Tolerates
/// malformed mention entities, which would make the SDK's RemoveRecipientMention throw.
/// </summary>
internal static class BotMention
{
    private const string MentionType = "mention";

    public static string? TextWithoutMentions(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        if (string.IsNullOrEmpty(text) || activity.Entities is null)
        {
            return text;
        }

        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities.Where(entity => string.Equals(entity?.Type, MentionType, StringComparison.OrdinalIgnoreCase)))
        {
            var properties = entity.Properties ?? [];
            var mentioned = properties["mentioned"] as JObject;
            var mentionText = properties["text"]?.Type == JTokenType.String ? (string?)properties["text"] : null;
            if (!string.IsNullOrEmpty(mentionText) && (string?)mentioned?["id"] == botId)
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.Ordinal);
            }
        }

        return text.Trim();
    }
}
