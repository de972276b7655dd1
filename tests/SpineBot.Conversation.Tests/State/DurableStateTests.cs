using SpineBot.Content.Messages;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Storage.Sqlite;

namespace SpineBot.Conversation.Tests.State;

/// <summary>The whole conversation survives a real store between turns.</summary>
public sealed class DurableStateTests : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"spinebot-conversation-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_whole_conversation_with_a_call_back_runs_on_the_sqlite_store()
    {
        using var bot = new BotHarness(storage: new SqliteStorage(_databasePath));

        var story = await bot.SayAsync("My lower back has hurt for 3 weeks since I upped my mileage from 20 to 35 miles a week");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche, persistentChoice: PersistentPainOffer.Questions);
        await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton);
        await bot.SayAsync("Sam Rivera");
        await bot.SayAsync("424 555 0199");
        await bot.SayAsync("Any time");
        var recorded = await bot.SayAsync("Yes");
        var end = await bot.SayAsync(bot.Content.Messages.Feedback.Yes);

        Assert.Contains(bot.Content.Cause("going-overboard").Phrase, ConversationDriver.AllText(turns), StringComparison.Ordinal);
        Assert.Equal("424-555-0199", Assert.Single(bot.Callbacks.All).Phone);
        Assert.Equal(bot.Content.Messages.Feedback.Question, recorded.Last);
        var feedback = Assert.Single(bot.Feedback.All);
        Assert.True(feedback.Helpful);
        Assert.Equal("going-overboard", feedback.TopCauseId);
        Assert.Contains(bot.Content.Messages.StartAgainOffer, end.Last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_unit_of_the_conversation_is_counted_as_started_and_completed()
    {
        using var bot = new BotHarness();
        using var started = bot.Counter("spinebot.dialogs.started");
        using var completed = bot.Counter("spinebot.dialogs.completed");

        var story = await bot.SayAsync("My lower back hurts after running");
        await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);
        await bot.SayAsync(bot.Content.Messages.Feedback.No);

        string[] units = ["runner", "intake", "safetyCheck", "questions", "questions", "closing"];
        Assert.Equal(units.Order(), Dialogs(started).Order());
        Assert.Equal(units.Order(), Dialogs(completed).Order());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    private static IEnumerable<string> Dialogs(MetricCollector<long> collector) =>
        collector.GetMeasurementSnapshot().Select(measurement => (string)measurement.Tags["dialog"]!);
}
