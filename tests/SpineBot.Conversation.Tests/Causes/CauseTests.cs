using SpineBot.Content;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Causes;

/// <summary>Each of the five causes in the clinic's article, reached from the runner's words and from buttons.</summary>
public sealed class CauseTests
{
    public static TheoryData<string, string, string> Stories => new()
    {
        { "going-overboard", "My lower back hurts since I upped my mileage from 15 to 25 miles a week", "you said you went from 15 to 25 miles" },
        { "weak-core", "My lower back aches after runs and I never do any core work", "you said you don't do core work" },
        { "running-form", "My upper back hurts after running, I tend to lean forward a lot", "you said you tend to lean forward when you run" },
        { "dehydration", "My middle back hurts after long runs on humid days, I run without any water", "you said you don't drink water during your runs" },
        { "foot-strike", "My lower back hurts after runs, I'm a heel striker", "you said you land on your heels" },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task A_cause_is_reached_from_the_runners_own_words_with_why_it_fits_and_its_self_care(string causeId, string story, string why)
    {
        using var bot = new BotHarness();

        var first = await bot.SayAsync(story);
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche);

        var said = ConversationDriver.AllText(turns);
        var cause = bot.Content.Cause(causeId);
        Assert.Contains(bot.Content.Messages.Causes.OneFits.Render("cause", cause.Phrase), said, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Messages.Causes.WhyItFits.Render("reasons", why).TrimEnd('.'), said, StringComparison.Ordinal);
        AssertSelfCare(bot.Content, said, causeId);
        AssertPhoneSized(bot.Content, turns);
    }

    public static TheoryData<string, string, string> Buttons => new()
    {
        // With two cause questions at most, tapping reaches the article's first cause; the others come from the story.
        { "going-overboard", ReportSlots.MileageIncrease, ReportSlots.Yes },
    };

    [Theory]
    [MemberData(nameof(Buttons))]
    public async Task A_cause_is_reached_by_tapping_buttons(string causeId, string slot, string value)
    {
        using var bot = new BotHarness();

        var first = await bot.SayAsync("my back hurts after I run");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAcheWith((slot, value)));

        var said = ConversationDriver.AllText(turns);
        var cause = bot.Content.Cause(causeId);
        Assert.Contains(bot.Content.Messages.Causes.OneFits.Render("cause", cause.Phrase), said, StringComparison.Ordinal);
        AssertSelfCare(bot.Content, said, causeId);
        AssertPhoneSized(bot.Content, turns);
        Assert.All(bot.Content.Causes.Where(other => other.Id != causeId), other => Assert.DoesNotContain($"**{other.Title}**", said, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_causes_that_fit_are_both_explained()
    {
        using var bot = new BotHarness();

        var first = await bot.SayAsync("My lower back hurts since I upped my mileage, and I'm a heel striker");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche);

        var said = ConversationDriver.AllText(turns);
        Assert.Contains(bot.Content.Cause("going-overboard").Phrase, said, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Cause("foot-strike").Phrase, said, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Cause("going-overboard").SelfCare[0], said, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Cause("foot-strike").SelfCare[0], said, StringComparison.Ordinal);
        AssertPhoneSized(bot.Content, turns);
    }

    [Fact]
    public async Task When_nothing_fits_the_bot_says_so_honestly_and_gives_the_general_advice()
    {
        using var bot = new BotHarness();

        var first = await bot.SayAsync("my back hurts after I run");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche);

        var said = ConversationDriver.AllText(turns);
        Assert.Contains(bot.Content.Messages.Causes.NothingFitsWell, said, StringComparison.Ordinal);
        Assert.Contains(bot.Content.PreventionTips[0], said, StringComparison.Ordinal);
        Assert.All(bot.Content.Causes, cause => Assert.DoesNotContain($"**{cause.Title}**", said, StringComparison.Ordinal));
        AssertPhoneSized(bot.Content, turns);
    }

    [Fact]
    public async Task When_nothing_fits_yet_only_a_few_cause_questions_are_asked()
    {
        using var bot = new BotHarness();

        var first = await bot.SayAsync("my back hurts after I run");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche);

        var causeQuestions = turns.Select(turn => ConversationDriver.QuestionAsked(bot.Content, turn))
            .OfType<SpineBot.Content.Questions.QuestionContent>()
            .Count(question => question.About != SpineBot.Content.Questions.QuestionContent.AboutSymptoms);
        Assert.InRange(causeQuestions, 1, bot.Content.MostCauseQuestions);
        Assert.Contains(bot.Content.Messages.Causes.NothingFitsWell, ConversationDriver.AllText(turns), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runner_who_drinks_water_on_every_run_is_not_asked_about_the_weather()
    {
        using var bot = new BotHarness();

        var first = await bot.SayAsync("my back hurts after I run");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche);

        Assert.DoesNotContain(turns, turn => ConversationDriver.QuestionAsked(bot.Content, turn)?.Slot == ReportSlots.HotOrHumid);
    }

    [Fact]
    public async Task The_explanation_reminds_the_runner_it_is_not_a_diagnosis()
    {
        using var bot = new BotHarness();

        var first = await bot.SayAsync("My lower back hurts since I upped my mileage from 15 to 25 miles a week");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche);

        Assert.Contains(bot.Content.Messages.Causes.NotADiagnosisReminder, ConversationDriver.AllText(turns), StringComparison.Ordinal);
    }

    // The cause's own self-care is always said in full; the general advice fills the rest of the bubble.
    private static void AssertSelfCare(ClinicContent content, string said, string causeId)
    {
        Assert.All(content.Cause(causeId).SelfCare, step => Assert.Contains(step, said, StringComparison.Ordinal));
    }

    /// <summary>The explanation fits a phone: three bubbles at most between the last question and the summary, none over about 60 words.</summary>
    private static void AssertPhoneSized(ClinicContent content, IReadOnlyList<Replies> turns)
    {
        var explanation = turns.First(turn => turn.Texts.Any(text => text.StartsWith(content.Messages.Summary.Title, StringComparison.Ordinal)));
        var bubbles = explanation.Texts.TakeWhile(text => !text.StartsWith(content.Messages.Summary.Title, StringComparison.Ordinal)).ToList();
        Assert.InRange(bubbles.Count, 1, 3);
        Assert.All(bubbles, bubble => Assert.InRange(Words(bubble), 1, 60));
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));
}
