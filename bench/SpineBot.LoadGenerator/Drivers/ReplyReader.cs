using System.Text.Json;

namespace SpineBot.LoadGenerator.Drivers;

/// <summary>Reads the text of the bot's activities (messages, and the text of cards' titles and buttons) from JSON.</summary>
internal static class ReplyReader
{
    /// <summary>The texts of the bot's message activities in an <c>activities</c> array.</summary>
    public static List<string> BotTexts(JsonElement activities, Func<JsonElement, bool> isFromBot)
    {
        ArgumentNullException.ThrowIfNull(isFromBot);
        var texts = new List<string>();
        if (activities.ValueKind != JsonValueKind.Array)
        {
            return texts;
        }

        foreach (var activity in activities.EnumerateArray())
        {
            if (!isFromBot(activity) || !Is(activity, "type", "message", "event"))
            {
                continue;
            }

            var text = activity.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            texts.Add(text ?? CardText(activity));
        }

        return texts;
    }

    private static bool Is(JsonElement activity, string property, params string[] values) =>
        activity.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
        && values.Contains(value.GetString(), StringComparer.OrdinalIgnoreCase);

    private static string CardText(JsonElement activity)
    {
        if (!activity.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return string.Empty;
        }

        return string.Join(
            "\n",
            attachments.EnumerateArray()
                .Where(attachment => attachment.TryGetProperty("content", out _))
                .Select(attachment => attachment.GetProperty("content").GetRawText()));
    }
}
