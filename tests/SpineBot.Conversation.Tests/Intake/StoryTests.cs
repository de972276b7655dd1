using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Intake;

public sealed class StoryTests
{
    [Fact]
    public async Task The_story_is_said_back_briefly_in_the_runners_own_facts()
    {
        using var bot = new BotHarness();
        var summary = bot.Content.Messages.Summary;
        var labels = bot.Content.Messages.Labels;

        var replies = await bot.SayAsync("My lower back has hurt for 5 days since I upped my mileage from 15 to 25 miles a week, it's about a 4 out of 10");

        Assert.True(replies.Says(bot.Content.Messages.StoryThanks));
        Assert.True(replies.Says(bot.Content.Messages.SayBack));
        Assert.True(replies.Says(summary.Location.Render("location", labels.Location[BackRegion.Lower])));
        Assert.True(replies.Says(summary.Severity.Render("severity", "4")));
        Assert.True(replies.Says(summary.Duration.Render("duration", "5 days")));
        Assert.True(replies.Says("You said you went from 15 to 25 miles"));
    }

    [Fact]
    public async Task Only_what_the_story_left_open_is_asked()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back has hurt for 5 days, it's about a 4 out of 10");

        var replies = await bot.PassSafetyCheckAsync();

        Assert.Equal(bot.Content.Question("trend").Prompt, replies.Last);
    }

    [Fact]
    public async Task Everything_the_story_already_answered_is_skipped_in_the_whole_intake()
    {
        using var bot = new BotHarness();
        var story = await bot.SayAsync(
            "My lower back has hurt for 5 days, about a 4 out of 10, getting better, it stays in my back and it's the first time");

        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);

        var asked = turns.Select(turn => ConversationDriver.QuestionAsked(bot.Content, turn)?.Slot).OfType<string>().ToList();
        Assert.DoesNotContain(ReportSlots.Location, asked);
        Assert.DoesNotContain(ReportSlots.Severity, asked);
        Assert.DoesNotContain(ReportSlots.Duration, asked);
        Assert.DoesNotContain(ReportSlots.Trend, asked);
        Assert.DoesNotContain(ReportSlots.LegSymptoms, asked);
        Assert.DoesNotContain(ReportSlots.AfterEveryRun, asked);
    }

    [Fact]
    public async Task A_story_with_no_facts_is_thanked_and_every_symptom_question_is_asked_with_buttons()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("it hurts after I run, what should I do");

        var replies = await bot.PassSafetyCheckAsync();

        var location = bot.Content.Question("location");
        Assert.Equal(location.Prompt, replies.Last);
        Assert.Equal(location.Choices!.Choices.Select(choice => choice.Title), replies.Buttons);
    }

    [Fact]
    public async Task The_open_question_is_asked_first_when_the_runner_only_says_hello()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hello");

        var replies = await bot.SayAsync("My upper back is sore after running");

        Assert.True(replies.Says(bot.Content.Messages.StoryThanks));
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, replies.Last);
    }

    [Theory]
    [InlineData("my lowr back hurts aftr runing", ReportSlots.Location)]
    [InlineData("my lower back hurts after my run yesterday", ReportSlots.Duration)]
    [InlineData("my back is sore since the long run yesterday", ReportSlots.Duration)]
    public async Task What_a_typical_opening_already_says_is_never_asked(string opening, string slot)
    {
        using var bot = new BotHarness();
        await bot.SayAsync(opening);
        var afterCheck = await bot.PassSafetyCheckAsync();

        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, afterCheck, ConversationDriver.MildAche);

        Assert.DoesNotContain(turns.Prepend(afterCheck), turn => ConversationDriver.QuestionAsked(bot.Content, turn)?.Slot == slot);
    }

    [Fact]
    public async Task Since_saturday_is_understood_from_the_runners_calendar()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back has been sore since Saturday");
        var afterCheck = await bot.PassSafetyCheckAsync();

        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, afterCheck, ConversationDriver.MildAche);

        // Wednesday 25 November: four days, well short of the two weeks that would send the runner to the clinic.
        Assert.DoesNotContain(ConversationDriver.AllText(turns), bot.Content.Handoff.Wording.Offer, StringComparison.Ordinal);
        Assert.DoesNotContain(turns, turn => ConversationDriver.QuestionAsked(bot.Content, turn)?.Slot == ReportSlots.Duration);
    }

    [Fact]
    public async Task A_typed_duration_is_read_as_said_rather_than_matched_to_the_nearest_button()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running, about a 3 out of 10");
        await bot.PassSafetyCheckAsync();

        // "days" is a synonym of the "A few days" button, but the runner said 15 days: over two weeks.
        var replies = await bot.SayAsync("15 days");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, replies, ConversationDriver.MildAche);

        var said = ConversationDriver.AllText(turns.Prepend(replies));
        Assert.Contains(bot.Content.Handoff.Wording.Offer, said, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Handoff.Wording.Reasons["long-lasting"][0].Render("duration", "15 days"), said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_answer_with_extra_facts_keeps_them()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("it hurts after I run, what should I do");
        await bot.PassSafetyCheckAsync();

        var replies = await bot.SayAsync("lower back, and it's about a 6 out of 10");

        Assert.Equal(bot.Content.Question("duration").Prompt, replies.Last);
    }
}
