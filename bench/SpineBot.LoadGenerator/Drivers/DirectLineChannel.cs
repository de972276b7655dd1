using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SpineBot.LoadGenerator.Drivers;

/// <summary>
/// The embedded Direct Line, as Web Chat uses it without a WebSocket: <c>POST /api/directline/token</c>, <c>POST
/// /v3/directline/conversations</c>, then per turn <c>POST .../activities</c> (answered once the bot has answered)
/// and <c>GET .../activities?watermark=</c>. A turn is OK when both calls succeed and the GET returns at least one
/// activity from the bot.
/// </summary>
internal sealed class DirectLineChannel(HttpClient http, Uri baseUrl) : IConversationChannel
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public string Name => "directline";

    public IChannelConversation Open(string conversationId) => new DirectLineConversation(this);

    public async Task<(JsonDocument? Body, string? Error)> SendAsync(
        HttpMethod method,
        string path,
        string? token,
        string? body,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUrl, path));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = Json;
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, $"HTTP {(int)response.StatusCode} on {method} {path.Split('?')[0].Split('/')[^1]}");
        }

        return (payload.Length == 0 ? null : JsonDocument.Parse(payload), null);
    }
}
