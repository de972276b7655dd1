using System.Diagnostics;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Hardening;

/// <summary>
/// The red-team's stalls: 4,000 characters of number words at a number question pinned a core for 20 minutes, and
/// 4,000 digits timed a pattern out and wiped the runner's progress. Every kind of question gets the worst replies
/// we could build, at 20,000 characters, and must answer within a bound, keeping the runner where they were.
/// </summary>
public sealed class WorstInputTests : IClassFixture<WorstInputTests.WarmBot>
{
    private const int Length = 20_000;

    // Generous for a loaded 2-core test machine; an unbounded recognizer took minutes on these inputs.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    public static TheoryData<string> WorstReplies =>
    [
        Repeat("twenty one hundred and "),
        Repeat("one two three four five six seven eight nine ten "),
        Repeat("first second third last "),
        new string('7', Length),
        Repeat("1234567890 "),
        Repeat("7/10 "),
        Repeat("(310) 555-0123 "),
        Repeat("seven out of ten ish "),
        Repeat("it hurts after running and then it gets worse when i sit, "),
    ];

    [Theory]
    [MemberData(nameof(WorstReplies))]
    public async Task As_the_story(string reply)
    {
        using var bot = new BotHarness();

        var replies = await TimedAsync(bot, reply);

        Assert.Contains(replies.Last, new[] { bot.Content.RedFlags.SafetyCheck!.FirstQuestion, bot.Content.Messages.Welcome.StartPrompt });
    }

    [Theory]
    [MemberData(nameof(WorstReplies))]
    public async Task At_the_safety_check(string reply)
    {
        using var bot = new BotHarness();
        var check = bot.Content.RedFlags.SafetyCheck!;
        Assert.Equal(check.FirstQuestion, (await bot.SayAsync("My lower back hurts after running")).Last);

        var replies = await TimedAsync(bot, reply);

        Assert.NotEmpty(replies.Messages);
        Assert.NotEqual(bot.Content.Messages.Welcome.StartPrompt, replies.Last);
    }

    [Theory]
    [MemberData(nameof(WorstReplies))]
    public Task At_a_number_question(string reply) => AtQuestionAsync(reply, "severity");

    [Theory]
    [MemberData(nameof(WorstReplies))]
    public Task At_a_choice_question(string reply) => AtQuestionAsync(reply, "location");

    [Theory]
    [MemberData(nameof(WorstReplies))]
    public Task At_a_yes_no_question(string reply) => AtQuestionAsync(reply, "legSymptoms");

    [Theory]
    [MemberData(nameof(WorstReplies))]
    public async Task At_the_call_back_name_and_phone(string reply)
    {
        using var bot = new BotHarness();
        var callback = bot.Content.Callback;
        var story = await bot.SayAsync("My lower back has hurt for 3 weeks");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);
        Assert.Equal(callback.Offer, turns[^1].Last);
        Assert.Equal(callback.NamePrompt, (await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton)).Last);

        var atName = await TimedAsync(bot, reply);
        Assert.NotEmpty(atName.Messages);
        if (atName.Last == callback.NameRetry)
        {
            atName = await bot.SayAsync("Dana");
        }

        Assert.Equal(callback.PhonePrompt.Render("name", "Dana"), atName.Last);
        var atPhone = await TimedAsync(bot, reply);

        Assert.Equal(callback.PhoneRetry, atPhone.Last);
        Assert.Equal(callback.BestTimePrompt, (await bot.SayAsync("310-555-0123")).Last);
    }

    private static async Task AtQuestionAsync(string reply, string questionId)
    {
        using var bot = new BotHarness();
        var story = await bot.SayAsync("My back hurts after running");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche, question => question.Id == questionId);
        var question = ConversationDriver.QuestionAsked(bot.Content, turns.Count > 0 ? turns[^1] : story);
        Assert.Equal(questionId, question?.Id);

        var replies = await TimedAsync(bot, reply);

        // Not understood (the same question again) or read as the runner's own words (the next question): either
        // way the conversation goes on from where it was, never from the start.
        var next = ConversationDriver.QuestionAsked(bot.Content, replies);
        Assert.DoesNotContain(bot.Content.Messages.Welcome.StartPrompt, replies.Texts);
        if (next is null && bot.Content.Messages.PersistentPain is { } offer && replies.Last == offer.Prompt)
        {
            // Read as the runner's words: "7/10" made the pain one to have looked at, and the bot says so.
            return;
        }

        Assert.NotNull(next);
        if (next.Id == questionId)
        {
            var answered = await bot.SayAsync(ConversationDriver.ButtonFor(question!, ConversationDriver.MildAche[question!.Slot]));
            Assert.NotEqual(questionId, ConversationDriver.QuestionAsked(bot.Content, answered)?.Id);
        }
    }

    private static async Task<Replies> TimedAsync(BotHarness bot, string reply)
    {
        var watch = Stopwatch.StartNew();
        var replies = await bot.SayAsync(reply);
        watch.Stop();
        Assert.True(watch.Elapsed < Bound, $"A {reply.Length}-character reply took {watch.Elapsed.TotalMilliseconds:F0} ms.");
        return replies;
    }

    /// <summary>Loads the content and runs the recognizers once, so that no timed turn pays for start-up.</summary>
    public sealed class WarmBot
    {
        public WarmBot()
        {
            using var bot = new BotHarness();
            bot.SayAsync("My back hurts after running").GetAwaiter().GetResult();
            bot.SayAsync("no").GetAwaiter().GetResult();
            bot.SayAsync("the second one").GetAwaiter().GetResult();
            bot.SayAsync("seven").GetAwaiter().GetResult();
        }
    }

    private static string Repeat(string clause)
    {
        var text = string.Concat(Enumerable.Repeat(clause, (Length / clause.Length) + 1));
        return text[..Length];
    }
}
