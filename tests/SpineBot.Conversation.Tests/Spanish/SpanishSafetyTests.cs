using SpineBot.Content;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Levels;

namespace SpineBot.Conversation.Tests.Spanish;

/// <summary>
/// Warning signs are caught in English and in Spanish whatever the conversation's language, and the advice is given
/// in the conversation's language.
/// </summary>
public sealed class SpanishSafetyTests
{
    private static ClinicContent Spanish => BotHarness.Spanish;

    [Fact]
    public async Task A_spanish_emergency_gets_the_emergency_advice_in_spanish_before_anything_else()
    {
        using var bot = new BotHarness(locale: "es-US");

        var replies = await bot.SayAsync("no puedo orinar desde ayer y me duele mucho la espalda");

        Assert.Contains(Spanish.RedFlags.WordingFor(TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
        Assert.Contains("911", replies.First, StringComparison.Ordinal);
        Assert.False(replies.Says(Spanish.Messages.StoryThanks));
    }

    [Fact]
    public async Task A_spanish_crisis_points_to_988_and_its_spanish_service()
    {
        using var bot = new BotHarness(locale: "es-MX");

        var replies = await bot.SayAsync("ya no quiero vivir, me quiero morir");

        Assert.Contains(Spanish.RedFlags.WordingFor(TriageLevel.Crisis).Action, replies.First, StringComparison.Ordinal);
        Assert.Contains("988", replies.First, StringComparison.Ordinal);
        Assert.Contains("oprima el 2", replies.First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_conversation_that_receives_a_spanish_emergency_gets_the_advice_first()
    {
        using var bot = new BotHarness(locale: "en-US");
        var first = await bot.SayAsync("my lower back hurts after my runs");
        Assert.True(first.Says(bot.Content.Messages.StoryThanks));

        var replies = await bot.SayAsync("tengo la entrepierna adormecida y no controlo la vejiga");

        // The message is clearly Spanish, so the conversation goes on in Spanish; the warning comes first.
        Assert.Contains(Spanish.RedFlags.WordingFor(TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
        Assert.Contains(Spanish.Messages.SwitchedByWords, replies.Last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_conversation_catches_a_spanish_warning_sign_inside_an_english_message()
    {
        using var bot = new BotHarness(locale: "en-US");
        await bot.SayAsync("my lower back hurts after my runs");

        var replies = await bot.SayAsync("also my back hurts and no puedo orinar");

        Assert.Contains(bot.Content.RedFlags.WordingFor(TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spanish_conversation_that_receives_an_english_emergency_answers_in_spanish()
    {
        using var bot = new BotHarness(locale: "es-US");
        var first = await bot.SayAsync("me duele la espalda después de correr");
        Assert.True(first.Says(Spanish.Messages.StoryThanks));

        var replies = await bot.SayAsync("chest pain");

        Assert.Contains(Spanish.RedFlags.WordingFor(TriageLevel.EmergencyAmbulance).Action, replies.First, StringComparison.Ordinal);
        Assert.Contains(Spanish.RedFlags.Descriptions["chest-pain"], replies.First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_elses_symptom_in_spanish_is_not_the_runners_emergency()
    {
        using var bot = new BotHarness(locale: "es-US");

        var replies = await bot.SayAsync("a mi hermana le duele el pecho, pero yo solo tengo dolor de espalda después de correr");

        Assert.DoesNotContain(Spanish.RedFlags.WordingFor(TriageLevel.EmergencyAmbulance).Action, replies.AllText, StringComparison.Ordinal);
    }
}
