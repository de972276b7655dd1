using System.Net;
using Microsoft.Bot.Builder;
using SpineBot.DirectLine.Conversations;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.DirectLine;

/// <summary>
/// The red-team made 400 refreshes in 0.6 s (400 valid tokens), reconnected for stream tickets without limit and
/// grew one conversation's log to 2 million characters.
/// </summary>
public sealed class DirectLineLimitTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new BotApplicationFactory()
        .WithServices(services => services.AddTransient<IBot, ProbeBot>());

    [Fact]
    public async Task A_refresh_revokes_the_old_token()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        using var refreshed = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", session.Token);
        using var withOld = await client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities", session.Token);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
    }

    [Fact]
    public async Task Token_refreshes_beyond_the_limit_get_429()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();
        var token = session.Token;
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 10; i++)
        {
            using var response = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", token);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                token = (string)(await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(response.Content))!["token"]!;
            }
        }

        Assert.Equal(3, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.Equal(7, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Reconnects_beyond_the_limit_get_429_and_no_stream_ticket()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 15; i++)
        {
            using var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}?watermark=0", session.Token);
            statuses.Add(response.StatusCode);
        }

        // The start counted as the first of the ten a minute (it issues a stream ticket too).
        Assert.Equal(9, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.Equal(6, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task A_conversation_keeps_at_most_half_a_megabyte_of_activities()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        for (var i = 0; i < 12; i++)
        {
            await client.SayAsync(session, new string('x', 100_000));
        }

        var kept = await client.GetActivitiesAsync(session);
        Assert.InRange(kept.Activities.Sum(activity => activity.ToJsonString().Length), 1, ConversationLog.MaxChars);
    }

    [Fact]
    public async Task When_the_memory_cap_is_reached_idle_conversations_go_first_then_posts_get_429()
    {
        using var factory = new BotApplicationFactory()
            .WithSetting("DirectLine:MaxTotalLogChars", "1048576")
            .WithServices(services => services.AddTransient<IBot, ProbeBot>());
        var client = new WebChatClient(factory.CreateClient());
        var (idle, _) = await client.ConnectAsync();
        await client.SayAsync(idle, new string('i', 200_000));
        var (busy, _) = await client.ConnectAsync();

        for (var i = 0; i < 2; i++)
        {
            await client.SayAsync(busy, new string('b', 200_000));
        }

        using var idleAfter = await client.SendAsync(HttpMethod.Get, $"/conversations/{idle.ConversationId}/activities", idle.Token);
        Assert.NotEqual(HttpStatusCode.OK, idleAfter.StatusCode);

        Assert.InRange(factory.Services.GetRequiredService<DirectLineConversations>().HeldChars, 0, 1_048_576);
    }

    [Fact]
    public void When_no_idle_conversation_is_left_to_drop_the_post_is_refused()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var options = Microsoft.Extensions.Options.Options.Create(new SpineBot.DirectLine.DirectLineOptions { MaxTotalLogChars = 1_048_576 });
        var conversations = new DirectLineConversations(options, new SpineBot.DirectLine.Tokens.DirectLineTokens(options, time), time);
        var older = conversations.Create();
        older.Log.Append([new Microsoft.Bot.Schema.Activity { Type = "message", Text = new string('o', 400_000) }]);
        time.Advance(TimeSpan.FromSeconds(1));
        var active = conversations.Create();
        active.Touch(time.GetUtcNow());
        active.Log.Append([new Microsoft.Bot.Schema.Activity { Type = "message", Text = new string('a', 500_000) }]);

        Assert.True(conversations.MakeRoom(active, 300_000));
        Assert.Null(conversations.Find(older.Id));
        Assert.False(conversations.MakeRoom(active, 600_000));
        Assert.NotNull(conversations.Find(active.Id));
    }

    public void Dispose() => _factory.Dispose();
}
