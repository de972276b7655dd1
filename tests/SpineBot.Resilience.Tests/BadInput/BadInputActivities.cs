using System.Text.Json.Nodes;

namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>
/// Activities for the corpus, on the Emulator channel (so that a failed turn brings its trace, with the exception,
/// back in the response) and with expect-replies delivery, each in a conversation of its own.
/// </summary>
internal static class BadInputActivities
{
    public const string Channel = "emulator";

    /// <summary>An activity of <paramref name="type"/>, shaped further by <paramref name="shape"/>.</summary>
    public static JsonObject Of(string type, Action<JsonObject>? shape = null) => Of(type, BadInputTarget.NewConversationId(), shape);

    public static JsonObject Of(string type, string conversationId, Action<JsonObject>? shape = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = Channel,
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = "runner", ["name"] = "Runner" },
            ["recipient"] = new JsonObject { ["id"] = "spinebot", ["name"] = "SpineBot" },
            ["deliveryMode"] = "expectReplies",
        };
        shape?.Invoke(activity);
        return activity;
    }

    /// <summary>A message with <paramref name="text"/>.</summary>
    public static JsonObject Message(string text) => Of("message", activity => activity["text"] = text);

    public static JsonObject Message(string conversationId, string text) => Of("message", conversationId, activity => activity["text"] = text);

    /// <summary>The same activity as a channel posts it: replies to the service URL, not in the response.</summary>
    public static JsonObject PostedByAChannel(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = "http://127.0.0.1:9/";
        return activity;
    }
}
