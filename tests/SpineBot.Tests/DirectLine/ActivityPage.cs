using System.Text.Json.Nodes;

namespace SpineBot.Tests.DirectLine;

/// <summary>One answer of <c>GET .../activities</c>: the activities and the watermark to ask from next.</summary>
internal sealed record ActivityPage(IReadOnlyList<JsonObject> Activities, string Watermark)
{
    public IEnumerable<string> Texts => Activities
        .Where(activity => (string?)activity["type"] == "message")
        .Select(activity => (string?)activity["text"] ?? string.Empty);

    public IEnumerable<string> BotTexts => Activities
        .Where(activity => (string?)activity["type"] == "message" && (string?)activity["from"]?["role"] == "bot")
        .Select(activity => (string?)activity["text"] ?? string.Empty);
}
