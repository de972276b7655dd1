using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.DirectLine;

public sealed class EmbeddedConversationTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new BotApplicationFactory()
        .WithServices(services => services.AddTransient<IBot, ProbeBot>());

    [Fact]
    public async Task The_page_gets_an_embedded_token_and_the_domain_to_use()
    {
        var client = new WebChatClient(_factory.CreateClient());

        var token = await client.GetPageTokenAsync();

        Assert.True(((string)token["token"]!).Length >= 22);
        Assert.False(string.IsNullOrWhiteSpace((string?)token["conversationId"]));
        Assert.Equal(30 * 60, (int)token["expiresIn"]!);
        Assert.Equal("/v3/directline", (string?)token["domain"]);
    }

    [Fact]
    public async Task A_whole_exchange_as_web_chat_does_it_gets_the_welcome_then_the_reply_and_only_new_activities()
    {
        var client = new WebChatClient(_factory.CreateClient());

        var (session, conversation) = await client.ConnectAsync();
        var first = await client.GetActivitiesAsync(session);
        var sentId = await client.SayAsync(session, "my back hurts");
        var second = await client.GetActivitiesAsync(session, first.Watermark);
        var third = await client.GetActivitiesAsync(session, second.Watermark);

        Assert.StartsWith("ws://", (string?)conversation["streamUrl"], StringComparison.Ordinal);
        Assert.True((int)conversation["expires_in"]! > 0);
        Assert.Single(first.BotTexts, text => text.StartsWith("welcome dl_", StringComparison.Ordinal));
        Assert.Equal(["my back hurts", "count 1: my back hurts"], second.Texts);
        Assert.Equal(sentId, (string?)second.Activities[0]["id"]);
        Assert.Equal(sentId, (string?)second.Activities[^1]["replyToId"]);
        Assert.Empty(third.Activities);
        Assert.Equal(second.Watermark, third.Watermark);
    }

    [Fact]
    public async Task The_users_own_message_comes_back_as_theirs_with_its_client_activity_id()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();
        var message = WebChatClient.Message("hello");

        await client.PostAsync(session, message);

        var echo = (await client.GetActivitiesAsync(session)).Activities.Single(activity => (string?)activity["text"] == "hello");
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        Assert.Equal(session.ConversationId, (string?)echo["conversation"]!["id"]);
        Assert.Equal((string?)message["channelData"]!["clientActivityID"], (string?)echo["channelData"]!["clientActivityID"]);
        Assert.False(string.IsNullOrEmpty((string?)echo["timestamp"]));
    }

    [Fact]
    public async Task A_spoofed_sender_is_replaced_by_the_user_the_token_was_issued_for()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        await client.PostAsync(session, WebChatClient.Message("who", fromId: "dl_someone-else"));

        var page = await client.GetActivitiesAsync(session);
        var welcomedUser = page.BotTexts.First().Replace("welcome ", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual("dl_someone-else", welcomedUser);
        Assert.Contains($"user {welcomedUser} in {session.ConversationId} on directline", page.BotTexts);
        Assert.DoesNotContain(page.Activities, activity => (string?)activity["from"]?["id"] == "dl_someone-else");
    }

    [Fact]
    public async Task The_web_chat_join_event_reaches_the_bot()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        await client.PostAsync(session, new JsonObject
        {
            ["type"] = "event",
            ["name"] = "webchat/join",
            ["value"] = new JsonObject { ["language"] = "en-US" },
            ["from"] = new JsonObject { ["id"] = "r_webchatuser" },
        });

        Assert.Contains("joined", (await client.GetActivitiesAsync(session)).BotTexts);
    }

    [Fact]
    public async Task Turns_keep_the_conversation_state_between_messages()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        await client.SayAsync(session, "one");
        await client.SayAsync(session, "two");

        Assert.Contains("count 2: two", (await client.GetActivitiesAsync(session)).BotTexts);
    }

    [Fact]
    public async Task Messages_sent_at_once_are_answered_one_after_another_each_reply_right_after_its_message()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        await Task.WhenAll(Enumerable.Range(1, 5).Select(i => client.SayAsync(session, $"m{i}")));

        var texts = (await client.GetActivitiesAsync(session)).Texts.Skip(1).ToList();
        Assert.Equal(10, texts.Count);
        for (var turn = 0; turn < 5; turn++)
        {
            Assert.Equal($"count {turn + 1}: {texts[2 * turn]}", texts[(2 * turn) + 1]);
        }
    }

    [Fact]
    public async Task Starting_again_with_the_same_token_neither_restarts_nor_greets_twice()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        using var again = await client.SendAsync(HttpMethod.Post, "/conversations", session.Token);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var conversation = await again.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(session.ConversationId, (string?)conversation!["conversationId"]);
        Assert.Single((await client.GetActivitiesAsync(session)).BotTexts, text => text.StartsWith("welcome", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconnecting_returns_the_conversation_with_a_new_stream_url()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, started) = await client.ConnectAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}?watermark=1", session.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conversation = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(session.ConversationId, (string?)conversation!["conversationId"]);
        Assert.NotEqual((string?)started["streamUrl"], (string?)conversation["streamUrl"]);
        Assert.Contains("watermark=1", (string?)conversation["streamUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_travels_only_over_the_stream_not_in_polled_activities()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        await client.SayAsync(session, "hello");

        Assert.DoesNotContain((await client.GetActivitiesAsync(session)).Activities, activity => (string?)activity["type"] == "typing");
    }

    [Fact]
    public async Task A_failed_turn_tells_the_user_in_plain_words_without_exception_detail()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        await client.SayAsync(session, "fail");

        var page = await client.GetActivitiesAsync(session);
        var apology = Assert.Single(page.BotTexts, text => !text.StartsWith("welcome", StringComparison.Ordinal));
        Assert.Contains("sorry", apology, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(page.Activities, activity => (string?)activity["type"] == "trace");
        Assert.DoesNotContain(page.Texts, text => text.Contains("A fault inside the turn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_latest_activities_are_kept_while_watermarks_keep_growing()
    {
        using var factory = new BotApplicationFactory()
            .WithSetting("DirectLine:MaxActivitiesPerConversation", "10")
            .WithServices(services => services.AddTransient<IBot, ProbeBot>());
        var client = new WebChatClient(factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        for (var i = 1; i <= 6; i++)
        {
            await client.SayAsync(session, $"m{i}");
        }

        // 19 activities: the welcome, then per message its echo, a typing and the reply; the last 10 are kept,
        // and typing is not polled.
        var page = await client.GetActivitiesAsync(session);
        Assert.Equal(["count 3: m3", "m4", "count 4: m4", "m5", "count 5: m5", "m6", "count 6: m6"], page.Texts);
        Assert.Equal("19", page.Watermark);
    }

    public void Dispose() => _factory.Dispose();
}
