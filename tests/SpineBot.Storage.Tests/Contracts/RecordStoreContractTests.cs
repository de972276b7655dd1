using SpineBot.Conversation.Records;
using SpineBot.Storage.Tests.Azurite;
using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage.Tests.Contracts;

/// <summary>
/// What the clinic's records (call-back requests, feedback, redacted transcripts) must do in every backend.
/// </summary>
public abstract class RecordStoreContractTests
{
    private static readonly DateTimeOffset Monday = new(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(-7));

    private protected abstract StorageBackend CreateBackend();

    [StorageFact]
    public async Task Open_call_back_requests_are_listed_oldest_first_with_all_their_details()
    {
        var store = CreateBackend().CallbackRequests;
        var later = Request("later", Monday.AddHours(2));
        var earlier = Request("earlier", Monday);
        await store.AddAsync(later);
        await store.AddAsync(earlier);

        var open = await store.ListOpenAsync();

        Assert.Equal([earlier, later], open);
    }

    [StorageFact]
    public async Task A_request_marked_done_leaves_the_open_list()
    {
        var store = CreateBackend().CallbackRequests;
        await store.AddAsync(Request("called", Monday));
        await store.AddAsync(Request("waiting", Monday.AddMinutes(5)));

        Assert.True(await store.MarkDoneAsync("called", Monday.AddHours(3)));

        Assert.Equal(["waiting"], (await store.ListOpenAsync()).Select(request => request.Id));
        Assert.True(await store.MarkDoneAsync("called", Monday.AddHours(4)));
        Assert.Equal(["waiting"], (await store.ListOpenAsync()).Select(request => request.Id));
    }

    [StorageFact]
    public async Task Marking_an_unknown_request_done_says_so()
    {
        var store = CreateBackend().CallbackRequests;

        Assert.False(await store.MarkDoneAsync("no-such-request", Monday));
    }

    [StorageFact]
    public async Task A_second_request_with_the_same_id_is_refused_and_the_first_kept()
    {
        var store = CreateBackend().CallbackRequests;
        await store.AddAsync(Request("same", Monday));

        await Assert.ThrowsAsync<StorageConflictException>(() => store.AddAsync(Request("same", Monday.AddDays(1)) with { Name = "Someone Else" }));

        Assert.Equal("Sam Runner", Assert.Single(await store.ListOpenAsync()).Name);
    }

    [StorageFact]
    public async Task Purging_deletes_only_requests_created_before_the_cutoff()
    {
        var store = CreateBackend().CallbackRequests;
        await store.AddAsync(Request("old-open", Monday.AddDays(-40)));
        await store.AddAsync(Request("old-done", Monday.AddDays(-35)));
        await store.MarkDoneAsync("old-done", Monday.AddDays(-34));
        await store.AddAsync(Request("recent", Monday.AddDays(-2)));

        var deleted = await store.PurgeOlderThanAsync(Monday.AddDays(-30));

        Assert.Equal(2, deleted);
        Assert.Equal(["recent"], (await store.ListOpenAsync()).Select(request => request.Id));
        Assert.False(await store.MarkDoneAsync("old-done", Monday));
    }

    [StorageFact]
    public async Task Feedback_is_listed_oldest_first_and_purged_by_age()
    {
        var store = CreateBackend().Feedback;
        var helpful = new FeedbackEntry("f2", "conversation-2", true, "muscle-strain", Monday.AddDays(-1));
        var unhelpful = new FeedbackEntry("f1", "conversation-1", false, null, Monday.AddDays(-3));
        var old = new FeedbackEntry("f0", "conversation-0", true, "disc", Monday.AddDays(-60));
        await store.AddAsync(helpful);
        await store.AddAsync(unhelpful);
        await store.AddAsync(old);

        Assert.Equal([old, unhelpful, helpful], await store.ListAsync());
        Assert.Equal(1, await store.PurgeOlderThanAsync(Monday.AddDays(-30)));
        Assert.Equal([unhelpful, helpful], await store.ListAsync());
    }

    [StorageFact]
    public async Task A_transcript_is_listed_per_conversation_in_order_and_purged_by_age()
    {
        var archive = CreateBackend().Transcripts;
        var first = Line("conversation-a", "user", "my lower back hurts", Monday);
        var second = Line("conversation-a", "bot", "Since when?", Monday);
        var other = Line("conversation-b", "user", "hello", Monday.AddMinutes(1));
        var old = Line("conversation-c", "user", "old", Monday.AddDays(-45));
        foreach (var line in new[] { first, second, other, old })
        {
            await archive.AddAsync(line);
        }

        var conversation = await archive.ListAsync("conversation-a");

        Assert.Equal(["my lower back hurts", "Since when?"], conversation.Select(line => line.Text));
        Assert.Equal(["text/plain"], conversation[0].AttachmentTypes);
        Assert.Equal(1, await archive.PurgeOlderThanAsync(Monday.AddDays(-30)));
        Assert.Empty(await archive.ListAsync("conversation-c"));
        Assert.Single(await archive.ListAsync("conversation-b"));
    }

    [StorageFact]
    public async Task Forgetting_a_conversation_deletes_its_call_back_requests_open_or_done_and_no_one_elses()
    {
        var store = CreateBackend().CallbackRequests;
        await store.AddAsync(Request("mine-open", Monday) with { ConversationId = "forget-me" });
        await store.AddAsync(Request("mine-done", Monday.AddMinutes(1)) with { ConversationId = "forget-me" });
        await store.MarkDoneAsync("mine-done", Monday.AddHours(1));
        await store.AddAsync(Request("theirs", Monday.AddMinutes(2)));

        var deleted = await store.DeleteConversationAsync("forget-me");

        Assert.Equal(["mine-done", "mine-open"], deleted.Select(request => request.Id).Order(StringComparer.Ordinal));
        Assert.NotNull(Assert.Single(deleted, request => request.Id == "mine-done").DoneAt);
        Assert.Equal(["theirs"], (await store.ListOpenAsync()).Select(request => request.Id));
        Assert.False(await store.MarkDoneAsync("mine-done", Monday));
        Assert.Empty(await store.DeleteConversationAsync("forget-me"));
    }

    [StorageFact]
    public async Task Forgetting_a_conversation_deletes_its_feedback_and_no_one_elses()
    {
        var store = CreateBackend().Feedback;
        await store.AddAsync(new FeedbackEntry("mine", "forget-me", true, null, Monday));
        var theirs = new FeedbackEntry("theirs", "other", false, null, Monday);
        await store.AddAsync(theirs);

        Assert.Equal(1, await store.DeleteConversationAsync("forget-me"));

        Assert.Equal([theirs], await store.ListAsync());
        Assert.Equal(0, await store.DeleteConversationAsync("forget-me"));
    }

    [StorageFact]
    public async Task Forgetting_a_conversation_deletes_its_transcript_and_no_one_elses()
    {
        var archive = CreateBackend().Transcripts;
        await archive.AddAsync(Line("forget-me", "user", "my name is Dana", Monday));
        await archive.AddAsync(Line("forget-me", "bot", "Thanks", Monday));
        await archive.AddAsync(Line("forget-me-not", "user", "hello", Monday));

        Assert.Equal(2, await archive.DeleteConversationAsync("forget-me"));

        Assert.Empty(await archive.ListAsync("forget-me"));
        Assert.Single(await archive.ListAsync("forget-me-not"));
    }

    private static CallbackRequest Request(string id, DateTimeOffset createdAt) =>
        new(id, "conversation-" + id, "Sam Runner", "310-555-0100", "weekday mornings", "Lower back pain after long runs, 2 weeks.", createdAt)
        {
            Level = "consultation-24h",
            Reasons = "fever,cancer-history",
        };

    private static TranscriptEntry Line(string conversationId, string role, string text, DateTimeOffset at) =>
        new(conversationId, "webchat", "message", role, text, ["text/plain"], at);
}
