using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Scripts;

/// <summary>A new fact typed the way people type it, at a question that asked something else: taken, said back, asked again.</summary>
public sealed class NewFactScriptTests
{
    [Theory]
    [InlineData("ya its a bit better", "getting better")]
    [InlineData("feeling a bit better", "getting better")]
    public async Task At_the_how_long_question_a_trend_is_taken_said_back_and_the_question_asked_again(string utterance, string saidBack)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("lower back sore after my long run, like a 4");
        var asked = await bot.PassSafetyCheckAsync();
        Assert.Equal(bot.Content.Question(ReportSlots.Duration).Prompt, asked.Last);

        var replies = await bot.SayAsync(utterance);

        Assert.Contains(saidBack, replies.First, StringComparison.Ordinal);
        Assert.Equal(bot.Content.Question(ReportSlots.Duration).Prompt, replies.Last);
    }

    [Fact]
    public async Task Better_under_a_condition_is_no_trend()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("lower back sore after my long run, like a 4");
        await bot.PassSafetyCheckAsync();

        var replies = await bot.SayAsync("its better when i stretch");

        Assert.DoesNotContain("getting better", replies.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("only after long ones")]
    [InlineData("just on the long runs")]
    public async Task Only_after_long_runs_is_a_no_to_after_every_run(string utterance)
    {
        using var bot = new BotHarness();
        var first = await bot.SayAsync("my lower back has hurt for 3 days after running, about a 3, getting better");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche, question => question.Slot == ReportSlots.AfterEveryRun);
        Assert.Equal(bot.Content.Question(ReportSlots.AfterEveryRun).Prompt, turns[^1].Last);

        var replies = await bot.SayAsync(utterance);
        var known = await bot.SayAsync("what do you know");

        var next = ConversationDriver.QuestionAsked(bot.Content, replies);
        Assert.NotNull(next);
        Assert.NotEqual(ReportSlots.AfterEveryRun, next.Slot);
        Assert.DoesNotContain(bot.Content.Messages.PersistentPain!.Prompt, replies.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Content.Messages.Summary.AfterEveryRun, known.AllText, StringComparison.Ordinal);
    }
}
