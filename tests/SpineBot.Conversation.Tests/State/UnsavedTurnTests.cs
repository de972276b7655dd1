using Microsoft.Bot.Schema;
using SpineBot.Conversation.Records;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.State;

public sealed class UnsavedTurnTests
{
    [Fact]
    public async Task A_turn_whose_answers_could_not_be_saved_asks_nothing_and_the_same_message_works_once_the_store_is_back()
    {
        var store = new StoreThatGoesDown();
        using var bot = new BotHarness(storage: store);
        await bot.SayAsync("hello");
        const string Story = "My lower back hurts after running, about 5 out of 10";

        store.WritesFail = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => bot.SayAsync(Story));
        var heldBack = Drain(bot);
        store.WritesFail = false;
        var retried = await bot.SayAsync(Story);

        Assert.Empty(heldBack);
        Assert.True(retried.Says(bot.Content.Messages.StoryThanks));
    }

    [Fact]
    public async Task An_emergency_warning_is_delivered_even_when_the_turn_cannot_be_saved()
    {
        var store = new StoreThatGoesDown();
        using var bot = new BotHarness(storage: store);
        await bot.SayAsync("hello");

        store.WritesFail = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => bot.SayAsync("I fell off my bike and can't control my bladder"));
        var delivered = Drain(bot);

        var warning = Assert.IsAssignableFrom<IMessageActivity>(delivered[0]);
        Assert.Contains("911", warning.Text, StringComparison.Ordinal);
        Assert.Contains(bot.Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Emergency).Action, warning.Text, StringComparison.Ordinal);
    }

    private static List<IActivity> Drain(BotHarness bot)
    {
        var replies = new List<IActivity>();
        while (bot.Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }
}
