using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Time.Testing;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.DirectLine;

public sealed class TokenAccessTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly BotApplicationFactory _factory;
    private readonly WebChatClient _client;

    public TokenAccessTests()
    {
        _factory = new BotApplicationFactory().WithServices(services =>
        {
            services.AddTransient<IBot, ProbeBot>();
            services.AddSingleton<TimeProvider>(_time);
        });
        _client = new WebChatClient(_factory.CreateClient());
    }

    [Fact]
    public async Task One_conversations_token_can_neither_read_nor_post_to_another()
    {
        var (mine, _) = await _client.ConnectAsync();
        var (theirs, _) = await _client.ConnectAsync();
        await _client.SayAsync(theirs, "private words");

        using var read = await _client.SendAsync(HttpMethod.Get, $"/conversations/{theirs.ConversationId}/activities", mine.Token);
        using var post = await _client.SendAsync(HttpMethod.Post, $"/conversations/{theirs.ConversationId}/activities", mine.Token, WebChatClient.Message("hi"));
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/conversations/{theirs.ConversationId}", mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.DoesNotContain("private words", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["private words", "count 1: private words"], (await _client.GetActivitiesAsync(theirs)).Texts.Skip(1));
    }

    [Fact]
    public async Task An_unknown_conversation_gets_404_with_a_reason()
    {
        var (session, _) = await _client.ConnectAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, "/conversations/no-such-conversation/activities", session.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no such conversation", await ReasonAsync(response), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_missing_token_gets_401_and_a_garbage_token_403()
    {
        var (session, _) = await _client.ConnectAsync();

        using var missing = await _client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities", token: null);
        using var garbage = await _client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities", "not-a-token");
        using var start = await _client.SendAsync(HttpMethod.Post, "/conversations", "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Contains("Bearer", await ReasonAsync(missing), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
        Assert.Contains("expired", await ReasonAsync(garbage), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
    }

    [Fact]
    public async Task A_token_is_refused_once_its_lifetime_has_passed()
    {
        var (session, _) = await _client.ConnectAsync();

        _time.Advance(TimeSpan.FromMinutes(29));
        using var before = await _client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities", session.Token);
        _time.Advance(TimeSpan.FromMinutes(2));
        using var after = await _client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities", session.Token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task Refreshing_gives_a_token_that_outlives_the_old_one_for_the_same_conversation()
    {
        var (session, _) = await _client.ConnectAsync();

        _time.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", session.Token);
        var refreshed = await refresh.Content.ReadFromJsonAsync<JsonObject>();
        var renewed = session with { Token = (string)refreshed!["token"]! };
        _time.Advance(TimeSpan.FromMinutes(20));
        using var old = await _client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities", session.Token);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(session.ConversationId, (string?)refreshed["conversationId"]);
        Assert.Equal(30 * 60, (int)refreshed["expires_in"]!);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        await _client.SayAsync(renewed, "still here");
        Assert.Contains("count 1: still here", (await _client.GetActivitiesAsync(renewed)).BotTexts);
    }

    [Fact]
    public async Task A_conversation_nobody_used_for_the_idle_lifetime_is_gone()
    {
        using var factory = new BotApplicationFactory()
            .WithSetting("DirectLine:IdleConversationLifetime", "00:10:00")
            .WithServices(services =>
            {
                services.AddTransient<IBot, ProbeBot>();
                services.AddSingleton<TimeProvider>(_time);
            });
        var client = new WebChatClient(factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        _time.Advance(TimeSpan.FromMinutes(9));
        await client.GetActivitiesAsync(session);
        _time.Advance(TimeSpan.FromMinutes(9));
        await client.GetActivitiesAsync(session);
        _time.Advance(TimeSpan.FromMinutes(11));
        using var gone = await client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities", session.Token);

        Assert.True(gone.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"got {gone.StatusCode}");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999999")]
    public async Task A_garbage_watermark_gets_400_with_a_reason(string watermark)
    {
        var (session, _) = await _client.ConnectAsync();

        using var response = await _client.SendAsync(
            HttpMethod.Get,
            $"/conversations/{session.ConversationId}/activities?watermark={Uri.EscapeDataString(watermark)}",
            session.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("watermark", await ReasonAsync(response), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Activities_the_bot_cannot_take_get_400_with_a_reason_and_the_conversation_goes_on()
    {
        var (session, _) = await _client.ConnectAsync();
        var path = $"/conversations/{session.ConversationId}/activities";

        using var spoofedJoin = await _client.SendAsync(HttpMethod.Post, path, session.Token, new JsonObject { ["type"] = "conversationUpdate" });
        using var noType = await _client.SendAsync(HttpMethod.Post, path, session.Token, new JsonObject { ["text"] = "hi" });
        using var notJson = new HttpRequestMessage(HttpMethod.Post, WebChatClient.Domain + path)
        {
            Content = new StringContent("{{{", System.Text.Encoding.UTF8, "application/json"),
        };
        notJson.Headers.Authorization = new("Bearer", session.Token);
        using var garbage = await _client.Http.SendAsync(notJson);

        Assert.Equal(HttpStatusCode.BadRequest, spoofedJoin.StatusCode);
        Assert.Contains("type", await ReasonAsync(spoofedJoin), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        await _client.SayAsync(session, "after");
        Assert.Contains("count 1: after", (await _client.GetActivitiesAsync(session)).BotTexts);
    }

    [Fact]
    public async Task Unsupported_direct_line_calls_get_404_with_a_reason()
    {
        var (session, _) = await _client.ConnectAsync();

        using var upload = await _client.SendAsync(HttpMethod.Post, $"/conversations/{session.ConversationId}/upload?userId=x", session.Token);

        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        Assert.Contains("uploads", await ReasonAsync(upload), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<string> ReasonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (string?)body?["error"]?["message"] ?? string.Empty;
    }
}
