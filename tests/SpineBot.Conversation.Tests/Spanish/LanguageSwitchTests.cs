using SpineBot.Content;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Spanish;

/// <summary>Choosing the language: the locale first, then an explicit request (at once), then the runner's own words (once).</summary>
public sealed class LanguageSwitchTests
{
    private static ClinicContent Spanish => BotHarness.Spanish;

    [Fact]
    public async Task Asking_for_spanish_mid_question_switches_and_asks_the_same_question_in_spanish_and_back()
    {
        using var bot = new BotHarness(locale: "en-US");
        var first = await bot.SayAsync("my back hurts after I run");
        var english = bot.Content.Question(ReportSlots.Location);
        first = (await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche, question => question.Slot == ReportSlots.Location))[^1];
        Assert.Equal(english.Prompt, first.Last);

        var toSpanish = await bot.SayAsync("en español por favor");

        Assert.Equal(Spanish.Messages.SwitchedOnRequest, toSpanish.First);
        Assert.Equal(Spanish.Question(ReportSlots.Location).Prompt, toSpanish.Last);
        Assert.Contains(Spanish.ChoiceSets["back-region"].Choices[0].Title, toSpanish.Buttons);

        var answered = await bot.SayAsync("espalda baja");
        var next = ConversationDriver.QuestionAsked(Spanish, answered);
        Assert.NotNull(next);
        Assert.NotEqual(ReportSlots.Location, next.Id);

        var toEnglish = await bot.SayAsync("in English please");

        Assert.Equal(bot.Content.Messages.SwitchedOnRequest, toEnglish.First);
        Assert.Equal(bot.Content.Question(next.Id).Prompt, toEnglish.Last);
    }

    [Fact]
    public async Task A_message_clearly_in_spanish_switches_once_and_says_how_to_switch_back()
    {
        using var bot = new BotHarness(locale: "en-US");

        var replies = await bot.SayAsync("Hola, me duele la espalda baja después de correr");

        Assert.Equal(Spanish.Messages.SwitchedByWords, replies.First);
        Assert.True(replies.Says(Spanish.Messages.StoryThanks), replies.AllText);
        Assert.Contains("English", replies.First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_one_switch_by_words_the_runners_words_no_longer_flip_the_language()
    {
        using var bot = new BotHarness(locale: "en-US");
        await bot.SayAsync("Hola, me duele la espalda baja después de correr");

        var replies = await bot.SayAsync("I'm not sure what you mean, it hurts when I run");

        Assert.False(replies.Says(bot.Content.Messages.SwitchedByWords));
        // The safety check (or the next question) is asked again in Spanish.
        Assert.True(Spanish.RedFlags.SafetyCheck!.Asks(replies.Last) || ConversationDriver.QuestionAsked(Spanish, replies) is not null, replies.AllText);
    }

    [Fact]
    public async Task A_mixed_message_does_not_switch_and_is_understood()
    {
        using var bot = new BotHarness(locale: "en-US");

        var replies = await bot.SayAsync("my back duele mucho after running");

        Assert.False(replies.Says(Spanish.Messages.SwitchedByWords));
        Assert.True(replies.Says(bot.Content.Messages.StoryThanks), replies.AllText);
    }

    [Fact]
    public async Task The_widgets_join_event_welcomes_in_the_language_of_the_locale_it_carries()
    {
        using var bot = new BotHarness(channelId: "webchat");
        var join = bot.WebChatJoin();
        join.Locale = null;
        join.Value = Newtonsoft.Json.Linq.JObject.FromObject(new { language = "es-US", locale = "es-US" });

        var welcome = await bot.SendAsync(join);

        Assert.Contains(Spanish.Messages.Welcome.StartPrompt, welcome.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_started_without_a_locale_is_welcomed_again_in_spanish_when_the_widget_joins_in_spanish()
    {
        using var bot = new BotHarness(channelId: "directline");
        var started = bot.MembersAdded(bot.BotAccount, bot.User);
        started.Locale = null;
        var english = await bot.SendAsync(started);
        Assert.Contains(bot.Content.Messages.Welcome.StartPrompt, english.AllText, StringComparison.Ordinal);

        var join = bot.WebChatJoin();
        join.Locale = null;
        join.Value = Newtonsoft.Json.Linq.JObject.FromObject(new { language = "es-US", locale = "es-US" });
        var welcome = await bot.SendAsync(join);
        var first = await bot.SayAsync("me duele la espalda");

        Assert.Contains(Spanish.Messages.Welcome.StartPrompt, welcome.AllText, StringComparison.Ordinal);
        Assert.True(first.Says(Spanish.Messages.StoryThanks), first.AllText);
    }
}
