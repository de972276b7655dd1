using System.Text.Json.Nodes;

namespace SpineBot.Tests.Emulator;

/// <summary>A reply the fake connector received: the conversation and activity ids of its URL, and its body.</summary>
internal sealed record ReceivedReply(string ConversationId, string? ReplyToPath, JsonObject Activity)
{
    public string? Type => (string?)Activity["type"];

    public string? Text => (string?)Activity["text"];
}
