using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SpineBot.Tests.DirectLine;

/// <summary>
/// Talks to the bot the way the chat page and Web Chat 4.18 (botframework-directlinejs) do: a token from
/// <c>/api/directline/token</c>, then the Direct Line 3.0 calls with <c>Authorization: Bearer</c>.
/// </summary>
internal sealed class WebChatClient(HttpClient http)
{
    public const string Domain = "/v3/directline";

    public HttpClient Http => http;

    public async Task<JsonObject> GetPageTokenAsync(string? locale = null)
    {
        var url = locale is null ? "/api/directline/token" : $"/api/directline/token?locale={Uri.EscapeDataString(locale)}";
        using var response = await http.PostAsync(url, content: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Page token, then start, as Web Chat connects.</summary>
    public async Task<(DirectLineSession Session, JsonObject Conversation)> ConnectAsync(string? locale = null)
    {
        var pageToken = await GetPageTokenAsync(locale);
        using var response = await SendAsync(HttpMethod.Post, "/conversations", (string)pageToken["token"]!);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversation = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (new DirectLineSession((string)conversation["conversationId"]!, (string)conversation["token"]!), conversation);
    }

    public async Task<string> PostAsync(DirectLineSession session, JsonObject activity)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/conversations/{session.ConversationId}/activities", session.Token, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (string)body!["id"]!;
    }

    public Task<string> SayAsync(DirectLineSession session, string text) => PostAsync(session, Message(text));

    public async Task<ActivityPage> GetActivitiesAsync(DirectLineSession session, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities?watermark={watermark}", session.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return new ActivityPage(
            body["activities"]!.AsArray().Select(node => node!.AsObject()).ToList(),
            (string)body["watermark"]!);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, JsonObject? body = null)
    {
        var request = new HttpRequestMessage(method, Domain + path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return SendDisposingAsync(request);
    }

    /// <summary>A message as Web Chat posts it: its own random user id and a client activity id.</summary>
    public static JsonObject Message(string text, string fromId = "r_webchatuser") => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Runner", ["role"] = "user" },
        ["locale"] = "en-US",
        ["textFormat"] = "plain",
        ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
    };

    private async Task<HttpResponseMessage> SendDisposingAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await http.SendAsync(request);
        }
    }
}
