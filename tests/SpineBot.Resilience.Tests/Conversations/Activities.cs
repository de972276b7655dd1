using System.Text.Json.Nodes;

namespace SpineBot.Resilience.Tests.Conversations;

/// <summary>
/// Activities as a channel posts them to <c>/api/messages</c>, asking for the replies in the response
/// (<c>deliveryMode: expectReplies</c>) so that no connector needs to be called back.
/// </summary>
internal static class Activities
{
    /// <summary>The channel the tests talk on: Direct Line, as the website widget does.</summary>
    public const string Channel = "directline";

    public static JsonObject Message(string conversationId, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["text"] = text,
        ["channelId"] = Channel,
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["from"] = new JsonObject { ["id"] = "runner-" + conversationId, ["name"] = "Runner" },
        ["recipient"] = new JsonObject { ["id"] = "spinebot", ["name"] = "SpineBot" },
        ["deliveryMode"] = "expectReplies",
    };

    /// <summary>The runner opens the chat (a conversation update adding them).</summary>
    public static JsonObject Joined(string conversationId) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = Channel,
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["from"] = new JsonObject { ["id"] = "runner-" + conversationId },
        ["recipient"] = new JsonObject { ["id"] = "spinebot" },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "runner-" + conversationId }),
        ["deliveryMode"] = "expectReplies",
    };
}
