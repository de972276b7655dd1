using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Levels;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Safety;

/// <summary>What each level does in the conversation, and risk factors remembered across messages.</summary>
public sealed class LevelTests
{
    [Fact]
    public async Task A_risk_factor_said_early_combines_with_a_later_message()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("I'm on prednisone and my lower back hurts after running");
        await bot.PassSafetyCheckAsync();

        var fall = await bot.SayAsync("I slipped on the trail yesterday");

        Assert.Contains(bot.Content.RedFlags.WordingFor(TriageLevel.Consultation24h).Action, fall.First, StringComparison.Ordinal);
        Assert.Equal(bot.Content.Callback.Offer, fall.Last);
    }

    [Fact]
    public async Task A_fall_without_a_risk_factor_stays_in_the_questions()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my lower back hurts after running");
        await bot.PassSafetyCheckAsync();

        var fall = await bot.SayAsync("I slipped on the trail yesterday");

        Assert.DoesNotContain(bot.Content.RedFlags.WordingFor(TriageLevel.Consultation24h).Action, fall.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_doctor_today_advice_no_running_cause_is_explained_even_in_a_later_conversation()
    {
        var answers = ConversationDriver.MildAcheWith((ReportSlots.MileageIncrease, ReportSlots.Yes), (ReportSlots.IntensityIncrease, ReportSlots.Yes));
        using var baseline = new BotHarness();
        var story = await baseline.SayAsync("My lower back hurts after running");
        var explained = ConversationDriver.AllText(await ConversationDriver.AnswerQuestionsAsync(baseline, story, answers));
        var cause = baseline.Content.Causes.First(candidate => explained.Contains(candidate.Title, StringComparison.Ordinal));

        using var bot = new BotHarness();
        await bot.SayAsync("I've had a fever since yesterday and my lower back hurts");
        await bot.SayAsync("no thanks");
        var again = await bot.SayAsync("My lower back hurts after running");
        var rest = ConversationDriver.AllText(await ConversationDriver.AnswerQuestionsAsync(bot, again, answers));

        Assert.DoesNotContain(cause.Title, rest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_level_names_a_drug_or_a_dose()
    {
        using var bot = new BotHarness();
        var words = new[] { "ibuprofen", "acetaminophen", "tylenol", "advil", "aspirin", "naproxen", "mg", "milligram" };
        foreach (var level in bot.Content.RedFlags.Levels.Values)
        {
            var text = $"{level.Title} {level.Message.Text} {level.Action} {level.Closing}".ToLowerInvariant();
            Assert.DoesNotContain(words, word => text.Split(' ', '.', ',', '(', ')').Contains(word));
        }
    }
}
