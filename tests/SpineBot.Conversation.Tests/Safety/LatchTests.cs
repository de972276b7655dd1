using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Levels;

namespace SpineBot.Conversation.Tests.Safety;

/// <summary>
/// After crisis, emergency-ambulance or emergency advice, pushback gets the advice again (kindly, with why and the
/// clinic's number for afterwards), never a question or self-care; it lets go on a correction, or on "start over" and a
/// "no" at the safety check; "forget me" always works.
/// </summary>
public sealed class LatchTests
{
    private const string Emergency = "I can't feel anything between my legs since this morning";

    public static TheoryData<string> Pushback =>
    [
        "I'd rather not go",
        "I'd rather not go to the ER, anything I can do at home?",
        "what can I do at home?",
        "it's probably nothing, carry on",
        "can we just continue",
        "no I'm fine",
        "next question please",
        "ok",
    ];

    [Theory]
    [MemberData(nameof(Pushback))]
    public async Task Pushback_after_an_emergency_gets_the_advice_again_and_never_a_question(string pushback)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        await bot.SayAsync(Emergency);

        var first = await bot.SayAsync(pushback);
        var second = await bot.SayAsync("seriously, just tell me what stretches help");

        foreach (var replies in new[] { first, second })
        {
            AssertAdviceHolds(bot, replies, TriageLevel.Emergency);
        }
    }

    [Fact]
    public async Task A_heart_attack_warning_holds_with_its_own_why_and_911_without_driving()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my chest feels crushed and my left arm is numb, I'm sweating");

        var replies = await bot.SayAsync("I'd rather not call, it's probably nothing");

        AssertAdviceHolds(bot, replies, TriageLevel.EmergencyAmbulance);
        Assert.Contains(bot.Content.RedFlags.Latch!.Why[TriageLevel.EmergencyAmbulance].Render("reasons", "x")[..20], replies.First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_crisis_the_back_questions_do_not_come_back()
    {
        using var bot = new BotHarness();
        var crisis = await bot.SayAsync("honestly I don't want to live anymore");

        var replies = await bot.SayAsync("can we just continue with my back");

        Assert.Contains("988", crisis.First, StringComparison.Ordinal);
        AssertAdviceHolds(bot, replies, TriageLevel.Crisis);
        Assert.Contains("988", replies.First, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sorry, I meant my friend")]
    [InlineData("I typed that wrong, I don't have that")]
    [InlineData("oops, that was about my husband, not me")]
    public async Task A_runner_who_was_mistaken_or_meant_someone_else_is_let_go(string correction)
    {
        using var bot = new BotHarness();
        await bot.SayAsync(Emergency);

        var replies = await bot.SayAsync(correction);
        var story = await bot.SayAsync("My lower back hurts after running");

        Assert.Equal([bot.Content.RedFlags.Latch!.LetGo, bot.Content.Messages.Welcome.StartPrompt], replies.Texts);
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, story.Last);
    }

    [Fact]
    public async Task Start_over_then_no_at_the_safety_check_lets_go()
    {
        using var bot = new BotHarness();
        await bot.SayAsync(Emergency);

        var restart = await bot.SayAsync("start over");
        await bot.SayAsync("My lower back hurts after running");
        var afterCheck = await bot.PassSafetyCheckAsync();

        Assert.Equal(bot.Content.Messages.Welcome.StartPrompt, restart.Last);
        Assert.NotNull(ConversationDriver.QuestionAsked(bot.Content, afterCheck));
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("yes")]
    public async Task Start_over_then_anything_but_no_at_the_safety_check_keeps_the_advice(string answer)
    {
        using var bot = new BotHarness();
        await bot.SayAsync(Emergency);
        await bot.SayAsync("start over");
        await bot.SayAsync("My lower back hurts after running");

        var replies = await bot.SayAsync(answer);
        var next = await bot.SayAsync("what can I do at home?");

        Assert.Contains(bot.Content.RedFlags.WordingFor(TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
        AssertAdviceHolds(bot, next, TriageLevel.Emergency);
    }

    [Fact]
    public async Task Forget_me_always_works_and_the_next_conversation_starts_clean()
    {
        using var bot = new BotHarness();
        await bot.SayAsync(Emergency);

        var forgotten = await bot.SayAsync("forget me");
        var story = await bot.SayAsync("My lower back hurts after running");

        Assert.Equal(bot.Content.Messages.Memory.Forgotten, forgotten.First);
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, story.Last);
    }

    private static void AssertAdviceHolds(BotHarness bot, Replies replies, TriageLevel level)
    {
        var latch = bot.Content.RedFlags.Latch!;
        Assert.StartsWith(latch.Repeat, replies.First, StringComparison.Ordinal);
        Assert.Contains(bot.Content.RedFlags.WordingFor(level).Action, replies.First, StringComparison.Ordinal);
        Assert.Equal(latch.Afterwards, replies.Last);
        Assert.Contains(bot.Content.Clinic.Phone, replies.Last, StringComparison.Ordinal);
        Assert.Null(ConversationDriver.QuestionAsked(bot.Content, replies));
        Assert.False(bot.Content.RedFlags.SafetyCheck!.Asks(replies.Last));
    }
}
