using SpineBot.Conversation.Records;
using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using SpineBot.Content;
using SpineBot.Tests.DirectLine;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Privacy;

/// <summary>
/// The red-team found "forget me" kept the call-back request, the feedback, the transcript and the embedded Direct
/// Line's log, which went on serving the messages to the token holder for an hour. Through the website's chat, with
/// the real bot and store, everything of the conversation goes and the reply names it.
/// </summary>
public sealed class ForgetMeTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero));
    private readonly BotApplicationFactory _factory;

    public ForgetMeTests()
    {
        _factory = new BotApplicationFactory()
            .WithSetting("Transcripts:Enabled", "true")
            .WithServices(services => services.AddSingleton<TimeProvider>(_time));
    }

    [Fact]
    public async Task Forget_me_in_the_website_chat_deletes_everything_of_the_conversation_and_says_what()
    {
        var client = new WebChatClient(_factory.CreateClient());
        var (session, _) = await client.ConnectAsync();
        await client.SayAsync(session, "My lower back hurts after my long runs");
        await SeedRecordsAsync(session.ConversationId);

        await client.SayAsync(session, "forget me");
        var after = await client.GetActivitiesAsync(session);

        var memory = _factory.Services.GetRequiredService<ClinicContent>().Messages.Memory;
        Assert.DoesNotContain(after.Texts, text => text.Contains("long runs", StringComparison.Ordinal));
        Assert.DoesNotContain("forget me", after.Texts);
        var records = memory.Records;
        var items = _factory.Services.GetRequiredService<ClinicContent>().Messages.Lists
            .Join([records.CallbackRequest, records.Feedback, records.Transcript, records.ChatHistory]);
        Assert.Equal([memory.Forgotten, memory.AlsoDeleted.Render("items", items), memory.CallbackAlreadyDone, memory.AfterForgetting], after.BotTexts);
        Assert.DoesNotContain(await _factory.Services.GetRequiredService<ICallbackRequestStore>().ListOpenAsync(), r => r.ConversationId == session.ConversationId);
        Assert.False(await _factory.Services.GetRequiredService<ICallbackRequestStore>().MarkDoneAsync("done-1", _time.GetUtcNow()));
        Assert.DoesNotContain(await _factory.Services.GetRequiredService<IFeedbackStore>().ListAsync(), f => f.ConversationId == session.ConversationId);
        Assert.Equal(0, await _factory.Services.GetRequiredService<IConversationTranscripts>().DeleteConversationAsync(session.ConversationId));

        _time.Advance(TimeSpan.FromMinutes(3));
        using var later = await client.SendAsync(HttpMethod.Get, $"/conversations/{session.ConversationId}/activities", session.Token);
        Assert.True(later.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized, $"{later.StatusCode}");
    }

    private async Task SeedRecordsAsync(string conversationId)
    {
        var now = _time.GetUtcNow();
        var callbacks = _factory.Services.GetRequiredService<ICallbackRequestStore>();
        await callbacks.AddAsync(new CallbackRequest("open-1", conversationId, "Dana", "310-555-0123", "Evening", "-", now));
        await callbacks.AddAsync(new CallbackRequest("done-1", conversationId, "Dana", "310-555-0123", "Evening", "-", now));
        await callbacks.MarkDoneAsync("done-1", now);
        await _factory.Services.GetRequiredService<IFeedbackStore>().AddAsync(new FeedbackEntry("f-1", conversationId, true, null, now));
        var transcript = _factory.Services.GetRequiredService<ITranscriptLogger>();
        await transcript.LogActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "my name is Dana",
            ChannelId = "directline",
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount("runner", role: RoleTypes.User),
            Recipient = new ChannelAccount("spinebot", role: RoleTypes.Bot),
        });
    }

    public void Dispose() => _factory.Dispose();
}
