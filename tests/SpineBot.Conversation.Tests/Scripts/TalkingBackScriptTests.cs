using SpineBot.Content.Answers;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Scripts;

/// <summary>
/// What runners typed when talking to the bot, as scripts (utterance → expected reply): replies that are no answer at
/// the safety check, short stories and non-stories at the open question, a question there, "what do you mean?" at
/// every question, and a question in the very first message.
/// </summary>
public sealed class TalkingBackScriptTests
{
    /// <summary>What the bot must say back, named so each script reads as a table.</summary>
    public enum Reply
    {
        /// <summary>The check's nudge (it needs a yes or a no), then the group again.</summary>
        NudgeThenGroup,

        /// <summary>"Thanks for telling me" (the reply was taken as the story), then the safety check.</summary>
        StoryThenSafetyCheck,

        /// <summary>The open question again in plainer words, nothing taken as the story.</summary>
        PlainStoryPrompt,

        /// <summary>The runner's question answered, then the open question again.</summary>
        AnswerThenStoryPrompt,
    }

    // At the safety check of a runner whose story already said lower back, a few days: neither yes/no/not sure, nor a new fact, nor a question.
    private static readonly (string Utterance, Reply Expected)[] AtTheSafetyCheck =
    [
        ("lower", Reply.NudgeThenGroup),
        ("few days", Reply.NudgeThenGroup),
        ("better", Reply.NudgeThenGroup),
        ("ok cool", Reply.NudgeThenGroup),
        ("purple", Reply.NudgeThenGroup),
    ];

    // At the open question ("tell me a little about your back pain").
    private static readonly (string Utterance, Reply Expected)[] AtTheOpenQuestion =
    [
        ("back hurts", Reply.StoryThenSafetyCheck),
        ("sore back", Reply.StoryThenSafetyCheck),
        ("lower back", Reply.StoryThenSafetyCheck),
        ("no", Reply.PlainStoryPrompt),
        ("ok", Reply.PlainStoryPrompt),
        ("yes", Reply.PlainStoryPrompt),
        ("is heel striking bad?", Reply.AnswerThenStoryPrompt),
        ("should i keep running?", Reply.AnswerThenStoryPrompt),
    ];

    public static TheoryData<string, Reply> SafetyCheckScripts() => Table(AtTheSafetyCheck);

    public static TheoryData<string, Reply> OpenQuestionScripts() => Table(AtTheOpenQuestion);

    private static TheoryData<string, Reply> Table(IEnumerable<(string Utterance, Reply Expected)> scripts)
    {
        var data = new TheoryData<string, Reply>();
        foreach (var (utterance, expected) in scripts)
        {
            data.Add(utterance, expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SafetyCheckScripts))]
    public async Task At_the_safety_check_a_reply_that_is_no_answer_gets_the_nudge_then_the_group(string utterance, Reply expected)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my lower back has hurt for a few days after running");
        var check = bot.Content.RedFlags.SafetyCheck!;

        var replies = await bot.SayAsync(utterance);

        Assert.Equal(Reply.NudgeThenGroup, expected);
        Assert.Equal([check.Nudge, check.Groups[0].Prompt], replies.Texts);
    }

    [Theory]
    [InlineData("few days", "How long: few days")]
    [InlineData("upper back actually", "Where: upper back")]
    public async Task At_the_safety_check_a_real_fact_is_still_taken_and_said_back(string utterance, string sayBack)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my lower back hurts after running");

        var replies = await bot.SayAsync(utterance);

        Assert.Contains(sayBack, replies.First, StringComparison.Ordinal);
        Assert.True(bot.Content.RedFlags.SafetyCheck!.Asks(replies.Last));
    }

    [Theory]
    [MemberData(nameof(OpenQuestionScripts))]
    public async Task At_the_open_question_only_a_story_is_taken_as_the_story(string utterance, Reply expected)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hi");
        var messages = bot.Content.Messages;

        var replies = await bot.SayAsync(utterance);

        switch (expected)
        {
            case Reply.StoryThenSafetyCheck:
                Assert.Equal(messages.StoryThanks, replies.First);
                Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, replies.Last);
                break;
            case Reply.PlainStoryPrompt:
                Assert.Equal([messages.Welcome.StartPromptPlain], replies.Texts);
                break;
            default:
                Assert.Equal(2, replies.Texts.Count);
                Assert.Equal(messages.Welcome.StartPrompt, replies.Last);
                Assert.False(replies.Says(messages.StoryThanks));
                break;
        }
    }

    [Fact]
    public async Task A_bare_no_at_the_open_question_never_becomes_the_story_and_the_next_short_story_does()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hi");
        await bot.SayAsync("no");

        var replies = await bot.SayAsync("back hurts");
        var afterCheck = await bot.PassSafetyCheckAsync();

        Assert.Equal(bot.Content.Messages.StoryThanks, replies.First);
        Assert.Equal(bot.Content.Question("location").Prompt, afterCheck.Last);
    }

    [Theory]
    [InlineData("back hurts")]
    [InlineData("sore back")]
    public async Task A_short_story_as_the_first_message_is_thanked_and_taken(string opening)
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync(opening);

        Assert.True(replies.Says(bot.Content.Messages.StoryThanks));
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, replies.Last);
    }

    [Theory]
    [InlineData("what do you mean?")]
    [InlineData("huh?")]
    [InlineData("i don't understand")]
    [InlineData("wdym")]
    public async Task What_do_you_mean_at_any_question_asks_it_again_in_plainer_words(string utterance)
    {
        using var bot = new BotHarness();
        var content = bot.Content;
        var check = content.RedFlags.SafetyCheck!;

        var story = await PlainlyAsync(bot, "hi", utterance);
        var safety = await PlainlyAsync(bot, "my back hurts after running", utterance);
        await bot.SayAsync("yes");
        var which = await bot.SayAsync(utterance);

        using var other = new BotHarness();
        await other.SayAsync("my back hurts after running");
        await other.PassSafetyCheckAsync();
        var symptom = await other.SayAsync(utterance);

        Assert.Equal(Plainly(bot, content.Messages.Welcome.StartPromptPlain), story.Last);
        Assert.Equal(Plainly(bot, check.Groups[0].Plain), safety.Last);
        Assert.Equal(["Yes", "No", "Not sure"], safety.Buttons);
        Assert.Equal(Plainly(bot, check.Groups[0].Which!.Plain), which.Last);
        Assert.Equal(check.Groups[0].Which!.Choices.Choices.Select(choice => choice.Title), which.Buttons);
        Assert.Equal(Plainly(bot, content.Question("location").Plain), symptom.Last);
        Assert.Single(symptom.Texts);

        using var yesNo = new BotHarness();
        await yesNo.SayAsync("my lower back has hurt for 3 days, about a 3, getting better");
        await yesNo.PassSafetyCheckAsync();
        var leg = await yesNo.SayAsync(utterance);
        Assert.Equal(Plainly(bot, content.Question("legSymptoms").Plain), leg.Last);
    }

    [Fact]
    public async Task What_do_you_mean_at_the_persistent_pain_offer_asks_it_again_in_plainer_words()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my lower back has hurt for 4 weeks, about a 7, and it's getting worse");
        await bot.PassSafetyCheckAsync();

        var replies = await bot.SayAsync("what do you mean?");

        Assert.Equal(Plainly(bot, bot.Content.Messages.PersistentPain!.Plain), replies.Last);
    }

    [Theory]
    [InlineData("¿qué quiere decir?")]
    [InlineData("¿qué?")]
    [InlineData("¿Mande?")]
    [InlineData("que?")]
    public async Task A_Spanish_runner_asking_what_it_means_at_the_safety_check_hears_it_in_plainer_Spanish(string utterance)
    {
        using var bot = new BotHarness(locale: "es-US");
        await bot.SayAsync("me duele la espalda baja");

        var replies = await bot.SayAsync(utterance);

        var spanish = BotHarness.Spanish;
        var opener = spanish.Answers.Answer(AnswerIds.WhatDoYouMean).Text(AnswerSituation.NothingConcerning);
        Assert.Equal($"{opener} {spanish.RedFlags.SafetyCheck!.Groups[0].Plain}", replies.Last);
    }

    [Theory]
    [InlineData("el pecho", "emergency-ambulance")]
    [InlineData("la orina", "emergency")]
    [InlineData("los dos", "emergency-ambulance")]
    public async Task A_Spanish_yes_to_the_emergency_signs_is_asked_which_in_Spanish_and_each_keeps_its_level(string which, string level)
    {
        using var bot = new BotHarness(locale: "es-US");
        await bot.SayAsync("me duele la espalda baja");
        var spanish = BotHarness.Spanish;

        var asked = await bot.SayAsync("sí");
        var replies = await bot.SayAsync(which);

        Assert.Equal(spanish.RedFlags.SafetyCheck!.Groups[0].Which!.Prompt, asked.Last);
        Assert.True(SpineBot.Triage.Levels.TriageLevels.TryParse(level, out var expected));
        Assert.Contains(spanish.RedFlags.WordingFor(expected).Action, replies.First, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no", false)]
    [InlineData("ok", false)]
    [InlineData("me duele", true)]
    public async Task A_Spanish_open_question_takes_only_a_story(string reply, bool story)
    {
        using var bot = new BotHarness(locale: "es-US");
        await bot.SayAsync("hola");
        var spanish = BotHarness.Spanish;

        var replies = await bot.SayAsync(reply);

        Assert.Equal(story, replies.Says(spanish.Messages.StoryThanks));
        Assert.Equal(story ? spanish.RedFlags.SafetyCheck!.FirstQuestion : spanish.Messages.Welcome.StartPromptPlain, replies.Last);
    }

    [Theory]
    [InlineData("should I use heat or ice?", "heat-or-ice")]
    [InlineData("are you a real person?", "bot-identity")]
    public async Task A_question_in_the_very_first_message_comes_after_the_welcome_and_before_the_open_question(string utterance, string answerId)
    {
        using var bot = new BotHarness();
        var welcome = bot.Content.Messages.Welcome;

        var replies = await bot.SayAsync(utterance);

        Assert.StartsWith(welcome.Greeting, replies.First, StringComparison.Ordinal);
        var answer = replies.Texts.ToList().IndexOf(bot.Content.Answers.Answer(answerId).Text(AnswerSituation.NothingConcerning));
        Assert.True(answer > 0, string.Join("\n", replies.Texts));
        Assert.Equal(welcome.StartPrompt, replies.Last);
        Assert.Equal(answer + 1, replies.Texts.Count - 1);
    }

    private static async Task<Replies> PlainlyAsync(BotHarness bot, string opening, string utterance)
    {
        await bot.SayAsync(opening);
        return await bot.SayAsync(utterance);
    }

    private static string Plainly(BotHarness bot, string plain) =>
        $"{bot.Content.Answers.Answer(AnswerIds.WhatDoYouMean).Text(AnswerSituation.NothingConcerning)} {plain}";
}
