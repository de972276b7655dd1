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

    [Theory]
    [InlineData("Chest, fainting or breathing", "emergency-ambulance", "heart-lungs")]
    [InlineData("my chest", "emergency-ambulance", "heart-lungs")]
    [InlineData("Bladder, bowels or numb legs", "emergency", "nerves")]
    [InlineData("numbness", "emergency", "nerves")]
    [InlineData("both", "emergency-ambulance", "heart-lungs,nerves")]
    [InlineData("not sure", "emergency-ambulance", "heart-lungs,nerves")]
    public async Task Yes_to_the_emergency_signs_asks_which_and_each_gets_its_own_level_and_reasons(string which, string level, string parts)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        var check = bot.Content.RedFlags.SafetyCheck!;
        var askWhich = check.Groups[0].Which!;

        var asked = await bot.SayAsync("yep");
        var replies = await bot.SayAsync(which);

        Assert.Equal(askWhich.Prompt, asked.Last);
        Assert.Equal(askWhich.Choices.Choices.Select(choice => choice.Title), asked.Buttons);
        Assert.True(TriageLevels.TryParse(level, out var expected));
        Assert.Contains(bot.Content.RedFlags.WordingFor(expected).Action, replies.First, StringComparison.Ordinal);
        // A part's own words may also be caught by the screen, which then names the warning sign it found; the part
        // not picked is never named, and "both" or "not sure" name every part.
        var picked = parts.Split(',');
        Assert.All(askWhich.Parts.Where(part => !picked.Contains(part.Id)), part => Assert.DoesNotContain(part.Reasons, replies.First, StringComparison.Ordinal));
        if (picked.Length > 1)
        {
            Assert.All(askWhich.Parts, part => Assert.Contains(part.Reasons, replies.First, StringComparison.Ordinal));
        }

        Assert.Null(ConversationDriver.QuestionAsked(bot.Content, replies));
    }

    [Fact]
    public async Task A_reply_to_which_that_names_no_part_gets_the_question_again_and_after_three_the_highest_level()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        var askWhich = bot.Content.RedFlags.SafetyCheck!.Groups[0].Which!;
        await bot.SayAsync("yes");

        var first = await bot.SayAsync("purple");
        await bot.SayAsync("hmm");
        var third = await bot.SayAsync("eh");

        Assert.Equal(askWhich.Prompt, first.Last);
        Assert.Contains(bot.Content.RedFlags.WordingFor(TriageLevel.EmergencyAmbulance).Action, third.First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yes_to_the_last_group_is_a_doctor_today_with_the_clinic_card_and_no_explanation()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        for (var group = 1; group < bot.Content.RedFlags.SafetyCheck!.Groups.Count; group++)
        {
            await bot.SayAsync("no");
        }

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
