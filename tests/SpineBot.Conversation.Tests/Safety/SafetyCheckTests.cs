using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Levels;
using SpineBot.Triage.Understanding;

namespace SpineBot.Conversation.Tests.Safety;

/// <summary>The safety check: short groups, only real answers count, anything else is read and the group asked again.</summary>
public sealed class SafetyCheckTests
{
    [Theory]
    [InlineData("a bit")]
    [InlineData("my friend had a fever")]
    [InlineData("what does saddle mean?")]
    [InlineData("why do you ask?")]
    [InlineData("purple")]
    [InlineData("ok")]
    public async Task A_reply_that_is_no_answer_is_never_yes_and_the_group_is_asked_again(string reply)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");

        var replies = await bot.SayAsync(reply);

        foreach (var level in new[] { TriageLevel.Emergency, TriageLevel.EmergencyAmbulance })
        {
            Assert.DoesNotContain(bot.Content.RedFlags.WordingFor(level).Action, replies.AllText, StringComparison.Ordinal);
        }

        var check = bot.Content.RedFlags.SafetyCheck!;
        var partly = bot.Content.Answers.ShortAnswers.Read(reply, ShortAnswerUse.SafetyCheck).YesNo == YesNoReading.Partly;
        // The same group again (with the check's short introduction when a question was answered first), or the next
        // group after "a bit", which counts as not sure.
        Assert.Contains(replies.Last, partly ? [check.Groups[1].Prompt] : new[] { check.Groups[0].Prompt, check.FirstQuestion });
    }

    [Fact]
    public async Task A_question_the_clinic_answers_gets_its_line_before_the_group_is_asked_again()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        const string question = "is it sciatica?";
        var match = bot.Content.Answers.Matcher.Match(question);

        var replies = await bot.SayAsync(question);

        Assert.Equal([bot.Content.Answers.TextFor(match)!, bot.Content.RedFlags.SafetyCheck!.FirstQuestion], replies.Texts);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("No.")]
    [InlineData("nah")]
    public async Task Plain_variants_of_no_go_on_to_the_next_group(string no)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");

        var replies = await bot.SayAsync(no);

        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.Groups[1].Prompt, replies.Last);
    }

    [Fact]
    public async Task Yes_to_the_heart_and_lungs_group_is_911_without_driving()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        await bot.SayAsync("no");

        var replies = await bot.SayAsync("yep");

        Assert.Contains(bot.Content.RedFlags.WordingFor(TriageLevel.EmergencyAmbulance).Action, replies.First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yes_to_the_last_group_is_a_doctor_today_with_the_clinic_card_and_no_explanation()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        await bot.SayAsync("no");
        await bot.SayAsync("no");

        var replies = await bot.SayAsync("yes");

        Assert.Contains(bot.Content.RedFlags.WordingFor(TriageLevel.Consultation24h).Action, replies.First, StringComparison.Ordinal);
        Assert.Equal(bot.Content.Callback.Offer, replies.Last);
        Assert.DoesNotContain(bot.Content.RedFlags.WordingFor(TriageLevel.Emergency).Action, replies.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_sure_keeps_the_play_it_safe_advice_once()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");

        var unsure = await bot.SayAsync("not sure");
        var again = await bot.SayAsync("no idea");

        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.UnsureMessage, unsure.First);
        Assert.DoesNotContain(bot.Content.RedFlags.SafetyCheck!.UnsureMessage, again.AllText, StringComparison.Ordinal);
    }
}
