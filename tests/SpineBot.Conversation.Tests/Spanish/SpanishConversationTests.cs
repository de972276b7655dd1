using SpineBot.Content;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Spanish;

/// <summary>A whole conversation in Spanish: a browser or Teams in Spanish (locale es-US) gets every word in Spanish.</summary>
public sealed class SpanishConversationTests
{
    private static ClinicContent Spanish => BotHarness.Spanish;

    private static BotHarness SpanishBrowser() => new(channelId: "webchat", locale: "es-US");

    [Fact]
    public async Task A_spanish_browser_is_welcomed_and_asked_in_spanish()
    {
        using var bot = SpanishBrowser();

        var welcome = await bot.SendAsync(bot.WebChatJoin());
        var first = await bot.SayAsync("me duele la espalda después de correr");

        Assert.Contains(Spanish.Messages.Welcome.StartPrompt, welcome.AllText, StringComparison.Ordinal);
        Assert.True(first.Says(Spanish.Messages.StoryThanks), first.AllText);
        Assert.DoesNotContain(bot.Content.Messages.StoryThanks, first.AllText, StringComparison.Ordinal);
    }

    /// <summary>
    /// The bot asks at most two cause questions (the first cause's), so going overboard is reached by buttons and the
    /// other causes from what the runner says in their own words, as in English.
    /// </summary>
    [Fact]
    public async Task Going_overboard_is_explained_in_spanish_from_the_buttons()
    {
        using var bot = SpanishBrowser();

        var first = await bot.SayAsync("me duele la espalda después de correr");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAcheWith((ReportSlots.MileageIncrease, ReportSlots.Yes)), language: Spanish);

        AssertExplained(ConversationDriver.AllText(turns), "going-overboard");
    }

    public static TheoryData<string, string> CauseStories => new()
    {
        { "weak-core", "me duele la espalda baja después de correr y nunca hago ejercicios de abdomen ni de core" },
        { "running-form", "me duele la espalda alta después de correr, me inclino mucho hacia adelante cuando corro" },
        { "dehydration", "me duele la espalda después de una carrera larga con mucho calor y no llevé agua" },
    };

    [Theory]
    [MemberData(nameof(CauseStories))]
    public async Task A_cause_told_in_spanish_is_explained_in_spanish_with_its_self_care(string causeId, string story)
    {
        using var bot = SpanishBrowser();

        var first = await bot.SayAsync(story);
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche, language: Spanish);

        AssertExplained(ConversationDriver.AllText(turns), causeId);
    }

    [Fact]
    public async Task A_cause_is_read_from_the_runners_own_spanish_words()
    {
        using var bot = SpanishBrowser();

        var first = await bot.SayAsync("Me duele la espalda baja después de correr y nunca hago ejercicios de core");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche, language: Spanish);

        AssertExplained(ConversationDriver.AllText(turns), "weak-core");
    }

    [Fact]
    public async Task Persistent_severe_pain_is_handed_to_the_clinic_in_spanish()
    {
        using var bot = SpanishBrowser();

        var first = await bot.SayAsync("me duele la espalda después de correr");
        var answers = ConversationDriver.MildAcheWith((ReportSlots.Severity, "8"), (ReportSlots.Duration, "14"), (ReportSlots.Trend, "same"));
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, answers, language: Spanish);

        var said = ConversationDriver.AllText(turns);
        Assert.Contains("vale la pena que lo revise", said, StringComparison.Ordinal);
        Assert.Contains(Spanish.Clinic.Phone, said, StringComparison.Ordinal);
        Assert.DoesNotContain("it's worth having it looked at", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("siete", 7)]
    [InlineData("un 7 de 10", 7)]
    [InlineData("como un ocho", 8)]
    public async Task The_pain_rating_is_read_in_spanish(string rating, int expected)
    {
        using var bot = SpanishBrowser();
        var current = await bot.SayAsync("me duele la espalda después de correr");
        var before = await ConversationDriver.AnswerQuestionsAsync(bot, current, ConversationDriver.MildAche, question => question.Slot == ReportSlots.Severity, language: Spanish);
        current = before.Count > 0 ? before[^1] : current;
        Assert.Equal(Spanish.Question(ReportSlots.Severity).Prompt, current.Last);

        var next = await bot.SayAsync(rating);
        var after = await ConversationDriver.AnswerQuestionsAsync(bot, next, ConversationDriver.MildAche, language: Spanish);

        // A rating of 7 or more is a reason to have it checked, said back with the number understood.
        Assert.DoesNotContain(Spanish.Question(ReportSlots.Severity).RetryPrompt, next.AllText, StringComparison.Ordinal);
        Assert.Contains($"le dio un {expected} de 10", ConversationDriver.AllText(after.Prepend(next)), StringComparison.Ordinal);
    }

    private static void AssertExplained(string said, string causeId)
    {
        var cause = Spanish.Cause(causeId);
        Assert.Contains(Spanish.Messages.Causes.OneFits.Render("cause", cause.Phrase), said, StringComparison.Ordinal);
        Assert.Contains(cause.SelfCare[0], said, StringComparison.Ordinal);
        Assert.DoesNotContain("From what you've told me", said, StringComparison.Ordinal);
    }
}
