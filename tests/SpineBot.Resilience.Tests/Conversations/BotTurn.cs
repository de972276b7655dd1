using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpineBot.Content;

namespace SpineBot.Resilience.Tests.Conversations;

/// <summary>
/// One request to <c>/api/messages</c> with expect-replies delivery and what came back: the status, the bot's replies
/// and how long the caller waited.
/// </summary>
internal sealed class BotTurn
{
    public BotTurn(HttpStatusCode status, string body, TimeSpan elapsed)
    {
        Status = status;
        Body = body;
        Elapsed = elapsed;
        Replies = ReadReplies(body);
    }

    public HttpStatusCode Status { get; }

    /// <summary>The response body as sent.</summary>
    public string Body { get; }

    /// <summary>The time from sending the request to reading the whole response.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Every activity the bot answered with (messages, events, invoke responses, traces).</summary>
    public IReadOnlyList<JsonObject> Replies { get; }

    /// <summary>Whether the request got a 2xx.</summary>
    public bool Succeeded => (int)Status is >= 200 and < 300;

    /// <summary>The text of each message the runner reads, in order.</summary>
    public IReadOnlyList<string> Texts => Replies
        .Where(reply => (string?)reply["type"] == "message")
        .Select(reply => reply["text"]?.GetValueKind() == JsonValueKind.String ? (string?)reply["text"] ?? string.Empty : string.Empty)
        .ToList();

    /// <summary>All the runner reads in this turn, one message per paragraph.</summary>
    public string Text => string.Join("\n\n", Texts);

    /// <summary>Whether any message says <paramref name="expected"/> (ignoring case).</summary>
    public bool Says(string expected) => Texts.Any(text => text.Contains(expected, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Why this turn shows a failure a runner would notice, or null: an HTTP error, or the bot's "something went
    /// wrong" or "I can't save our conversation" message.
    /// </summary>
    public string? FailureShown(ClinicContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Succeeded)
        {
            return $"HTTP {(int)Status}: {Shorten(Body)}";
        }

        if (Says(content.Messages.Error))
        {
            return "the bot said its error message (a turn failed)";
        }

        return Says(content.Messages.StorageUnavailable) ? "the bot said it could not save the conversation" : null;
    }

    public override string ToString() => Succeeded
        ? string.Join("\n", Texts.Select(text => "  bot: " + text.ReplaceLineEndings(" / ")))
        : $"  HTTP {(int)Status}: {Shorten(Body)}";

    private static string Shorten(string body) => body.Length <= 2000 ? body : body[..2000] + "…";

    private static List<JsonObject> ReadReplies(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject { } json && json["activities"] is JsonArray activities
                ? activities.OfType<JsonObject>().ToList()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
