using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.DirectLine;

public sealed class StreamTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly BotApplicationFactory _factory = new BotApplicationFactory()
        .WithServices(services => services.AddTransient<IBot, ProbeBot>());

    [Fact]
    public async Task The_stream_delivers_the_welcome_then_the_echo_typing_and_reply_as_they_happen()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, conversation) = await client.ConnectAsync();
        using var socket = await ConnectAsync((string)conversation["streamUrl"]!);

        var welcome = await ReceiveAsync(socket);
        await client.SayAsync(session, "knee and back");
        var received = new List<JsonObject>();
        while (!received.Any(activity => ((string?)activity["text"])?.StartsWith("count", StringComparison.Ordinal) == true))
        {
            received.AddRange(await ReceiveAsync(socket));
        }

        Assert.StartsWith("welcome dl_", (string?)Assert.Single(welcome)["text"], StringComparison.Ordinal);
        Assert.Equal(["message", "typing", "message"], received.Select(activity => (string?)activity["type"]));
        Assert.Equal("knee and back", (string?)received[0]["text"]);
        Assert.Equal("count 1: knee and back", (string?)received[2]["text"]);
    }

    [Fact]
    public async Task Over_a_real_socket_the_stream_delivers_the_welcome_and_the_reply()
    {
        await using var factory = new BotApplicationFactory().WithServices(services => services.AddTransient<IBot, ProbeBot>());
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var client = new WebChatClient(factory.CreateClient());
        var (session, conversation) = await client.ConnectAsync();
        using var socket = new ClientWebSocket();

        await socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), CancellationToken.None).WaitAsync(Patience);
        var welcome = await ReceiveAsync(socket);
        await client.SayAsync(session, "hello");
        var texts = new List<string?>();
        while (!texts.Contains("count 1: hello"))
        {
            texts.AddRange((await ReceiveAsync(socket)).Select(activity => (string?)activity["text"]));
        }

        Assert.StartsWith("welcome dl_", (string?)Assert.Single(welcome)["text"], StringComparison.Ordinal);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(Patience);
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task A_stream_url_works_once()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (_, conversation) = await client.ConnectAsync();
        var streamUrl = (string)conversation["streamUrl"]!;
        using var first = await ConnectAsync(streamUrl);

        var second = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(streamUrl));

        Assert.Contains("403", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnecting_with_a_watermark_streams_only_what_came_after_it()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();
        await client.SayAsync(session, "one");
        var seen = await client.GetActivitiesAsync(session);
        await client.SayAsync(session, "two");

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}?watermark={seen.Watermark}", session.Token);
        var streamUrl = (string)(await reconnect.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!;
        using var socket = await ConnectAsync(streamUrl);
        var backlog = await ReceiveAsync(socket);

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal(["two", "count 2: two"], backlog.Where(a => (string?)a["type"] == "message").Select(a => (string?)a["text"]));
    }

    [Fact]
    public async Task A_new_stream_for_the_same_conversation_closes_the_old_one()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, conversation) = await client.ConnectAsync();
        using var old = await ConnectAsync((string)conversation["streamUrl"]!);
        await ReceiveAsync(old);

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}", session.Token);
        var streamUrl = (string)(await reconnect.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!;
        using var replacement = await ConnectAsync(streamUrl);

        var buffer = new byte[1024];
        var closing = await old.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Patience);
        Assert.Equal(WebSocketMessageType.Close, closing.MessageType);
        Assert.Equal("collision", old.CloseStatusDescription);
    }

    [Fact]
    public async Task A_plain_http_request_to_the_stream_gets_400()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (_, conversation) = await client.ConnectAsync();

        using var response = await client.Http.GetAsync(new Uri((string)conversation["streamUrl"]!).PathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        Assert.StartsWith("ws://", streamUrl, StringComparison.Ordinal);
        var webSockets = _factory.Server.CreateWebSocketClient();
        return await webSockets.ConnectAsync(new Uri(streamUrl), CancellationToken.None).WaitAsync(Patience);
    }

    /// <summary>The activities of the next non-empty ActivitySet frame.</summary>
    private static async Task<IReadOnlyList<JsonObject>> ReceiveAsync(WebSocket socket)
    {
        while (true)
        {
            var text = new StringBuilder();
            var buffer = new byte[4096];
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Patience);
                Assert.NotEqual(WebSocketMessageType.Close, received.MessageType);
                text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
            }
            while (!received.EndOfMessage);

            if (text.Length == 0)
            {
                continue;
            }

            var set = JsonNode.Parse(text.ToString())!.AsObject();
            Assert.False(string.IsNullOrEmpty((string?)set["watermark"]));
            return set["activities"]!.AsArray().Select(node => node!.AsObject()).ToList();
        }
    }
}
