using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SpineBot.Tests.Hosting;

/// <summary>
/// Activities as a channel or the Emulator would post them, with expect-replies delivery by default.
/// </summary>
internal static class ActivityBuilder
{
    public static JsonObject Message(string text, string conversationId, string channelId = "emulator") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["text"] = text,
        ["channelId"] = channelId,
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["from"] = new JsonObject { ["id"] = "runner-1", ["name"] = "Runner" },
        ["recipient"] = new JsonObject { ["id"] = "spinebot", ["name"] = "SpineBot" },
        ["deliveryMode"] = "expectReplies",
    };

    public static JsonObject UserJoined(string conversationId, string channelId = "emulator") => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = channelId,
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["from"] = new JsonObject { ["id"] = "runner-1" },
        ["recipient"] = new JsonObject { ["id"] = "spinebot" },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "runner-1" }),
        ["deliveryMode"] = "expectReplies",
    };

    /// <summary>Posts an activity and returns the bot's replies from the expect-replies response.</summary>
    public static async Task<IReadOnlyList<JsonObject>> PostForRepliesAsync(this HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["activities"]?.AsArray().Select(node => node!.AsObject()).ToList() ?? [];
    }

    public static IEnumerable<string> Texts(this IEnumerable<JsonObject> replies) =>
        replies.Where(reply => (string?)reply["type"] == "message").Select(reply => (string?)reply["text"] ?? string.Empty);
}
