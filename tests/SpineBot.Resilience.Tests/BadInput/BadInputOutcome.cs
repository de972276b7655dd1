using System.Text.Json;
using System.Text.Json.Nodes;
using SpineBot.Resilience.Tests.Conversations;

namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>What the bot answered to a piece of bad input.</summary>
internal sealed class BadInputOutcome
{
    private BadInputOutcome(int status, string? mediaType, string body, string allow)
    {
        Status = status;
        MediaType = mediaType;
        Body = body;
        Allow = allow;
        Turn = new BotTurn((System.Net.HttpStatusCode)status, body, TimeSpan.Zero);
        Json = Parse(body);
    }

    public int Status { get; }

    public string? MediaType { get; }

    public string Body { get; }

    /// <summary>The <c>Allow</c> header (of a 405).</summary>
    public string Allow { get; }

    /// <summary>The body read as an expect-replies answer.</summary>
    public BotTurn Turn { get; }

    /// <summary>The body as JSON, or null.</summary>
    public JsonNode? Json { get; }

    public static async Task<BadInputOutcome> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        return new BadInputOutcome(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            body,
            string.Join(", ", response.Content.Headers.Allow));
    }

    /// <summary>The reason given for a refusal, or null when there is none.</summary>
    public string? Reason => Json is JsonObject json ? ReasonIn(json) : Status == 405 && Allow.Length > 0 ? $"Allow: {Allow}" : null;

    /// <summary>The reason in a refusal body: problem+json, Direct Line's or the bot's error shape, or the connector's.</summary>
    public static string? ReasonIn(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reason = TextOf(json["detail"])
            ?? TextOf(json["message"])
            ?? TextOf((json["error"] as JsonObject)?["message"])
            ?? TextOf((json["value"] as JsonObject)?["message"]);
        return string.IsNullOrWhiteSpace(reason) ? null : reason;
    }

    public override string ToString() => $"HTTP {Status} {MediaType}: {(Body.Length <= 3000 ? Body : Body[..3000] + "…")}";

    private static string? TextOf(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? (string?)node : null;

    private static JsonNode? Parse(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
