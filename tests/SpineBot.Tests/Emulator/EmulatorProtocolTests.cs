using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Emulator;

/// <summary>
/// The bot on a real Kestrel port, spoken to as the Emulator does: activities without expect-replies, whose
/// replies the bot posts back to the connector at the activity's service URL.
/// </summary>
public sealed class EmulatorProtocolTests : IAsyncLifetime
{
    private readonly BotApplicationFactory _factory = new BotApplicationFactory()
        .WithServices(services => services.AddTransient<IBot, CountingBot>());

    private FakeConnector _connector = null!;
    private HttpClient _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        // Listen(..., 0) rather than UseKestrel(0): the port overload races with a minimal-hosting app's own start
        // (dotnet/aspnetcore#67714).
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _bot = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _bot.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task The_bot_listens_on_a_real_port_not_the_in_memory_server()
    {
        Assert.NotNull(_bot.BaseAddress);
        Assert.True(_bot.BaseAddress!.IsLoopback);
        Assert.NotEqual(0, _bot.BaseAddress.Port);

        using var response = await _bot.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_reply_goes_to_the_connector_at_the_incoming_activitys_reply_url()
    {
        using var response = await PostAsync(Message("hello", "emu-conv-1", "act-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_connector.Replies);
        Assert.Equal("emu-conv-1", reply.ConversationId);
        Assert.Equal("act-1", reply.ReplyToPath);
        Assert.Equal("act-1", (string?)reply.Activity["replyToId"]);
        Assert.Equal("emu-conv-1", (string?)reply.Activity["conversation"]!["id"]);
        Assert.Equal("runner-1", (string?)reply.Activity["recipient"]!["id"]);
        Assert.Equal("count 1", reply.Text);
    }

    [Fact]
    public async Task Replies_of_later_messages_keep_to_their_conversation_and_message()
    {
        using (await PostAsync(Message("one", "emu-conv-2", "act-a")))
        using (await PostAsync(Message("one", "emu-conv-3", "act-b")))
        using (await PostAsync(Message("two", "emu-conv-2", "act-c")))
        {
        }

        Assert.Equal(
            [("emu-conv-2", "act-a", "count 1"), ("emu-conv-3", "act-b", "count 1"), ("emu-conv-2", "act-c", "count 2")],
            _connector.Replies.Select(reply => (reply.ConversationId, reply.ReplyToPath, reply.Text)));
    }

    [Fact]
    public async Task The_error_trace_reaches_the_emulator_only()
    {
        using (await PostAsync(Message("fail", "emu-conv-4", "act-e", channelId: "emulator")))
        {
        }

        var fromEmulator = _connector.Replies.ToList();
        using (await PostAsync(Message("fail", "web-conv-5", "act-w", channelId: "webchat")))
        {
        }

        var fromWebChat = _connector.Replies.Skip(fromEmulator.Count).ToList();
        var trace = Assert.Single(fromEmulator, reply => reply.Type == "trace");
        Assert.Contains("A fault inside the turn", (string?)trace.Activity["value"], StringComparison.Ordinal);
        Assert.Equal("act-e", trace.ReplyToPath);
        Assert.Contains(fromEmulator, reply => reply.Type == "message" && reply.Text!.Contains("sorry", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(fromWebChat, reply => reply.Type == "message" && reply.ConversationId == "web-conv-5");
        Assert.DoesNotContain(fromWebChat, reply => reply.Type == "trace");
        Assert.DoesNotContain(fromWebChat, reply => reply.Activity.ToJsonString().Contains("A fault inside the turn", StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => _bot.PostAsJsonAsync("/api/messages", activity);

    private JsonObject Message(string text, string conversationId, string id, string channelId = "emulator")
    {
        var activity = ActivityBuilder.Message(text, conversationId, channelId);
        activity["id"] = id;
        activity["serviceUrl"] = _connector.ServiceUrl.AbsoluteUri;
        activity.Remove("deliveryMode");
        return activity;
    }
}
