using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Privacy;

/// <summary>
/// The red-team found that "forget me" said "I've deleted what you told me" while the call-back request (name and
/// phone) and the feedback stayed. Now it deletes them and says exactly what went.
/// </summary>
public sealed class ForgetMeTests
{
    [Fact]
    public async Task Forget_me_deletes_the_call_back_request_and_feedback_and_names_them()
    {
        using var bot = new BotHarness();
        await RequestCallbackAndGiveFeedbackAsync(bot);
        Assert.Single(bot.Callbacks.All);
        Assert.Single(bot.Feedback.All);

        var replies = await bot.SayAsync("forget me");

        Assert.Empty(bot.Callbacks.All);
        Assert.Empty(bot.Feedback.All);
        var memory = bot.Content.Messages.Memory;
        Assert.Equal(memory.Forgotten, replies.First);
        var items = bot.Content.Messages.Lists.Join([memory.Records.CallbackRequest, memory.Records.Feedback]);
        Assert.Contains(memory.AlsoDeleted.Render("items", items), replies.Texts);
        Assert.DoesNotContain(memory.CallbackAlreadyDone, replies.Texts);
        Assert.Equal(memory.AfterForgetting, replies.Last);
    }

    [Fact]
    public async Task Forget_me_says_so_when_the_clinic_had_already_dealt_with_the_call_back_request()
    {
        using var bot = new BotHarness();
        await RequestCallbackAndGiveFeedbackAsync(bot);
        await bot.Callbacks.MarkDoneAsync(bot.Callbacks.All[0].Id, bot.Time.GetUtcNow());

        var replies = await bot.SayAsync("forget me");

        Assert.Empty(bot.Callbacks.All);
        Assert.Contains(bot.Content.Messages.Memory.CallbackAlreadyDone, replies.Texts);
        Assert.Contains("310-828-7757", bot.Content.Messages.Memory.CallbackAlreadyDone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_me_names_only_what_there_was_and_leaves_other_conversations_alone()
    {
        using var bot = new BotHarness();
        await bot.Callbacks.AddAsync(new("someone-else", "another-conversation", "Sam", "310-555-0100", "Morning", "-", bot.Time.GetUtcNow()));
        await bot.SayAsync("My lower back hurts after running");

        var replies = await bot.SayAsync("forget me");

        var memory = bot.Content.Messages.Memory;
        Assert.Equal([memory.Forgotten, memory.AfterForgetting], replies.Texts);
        Assert.Single(bot.Callbacks.All);
    }

    private static async Task RequestCallbackAndGiveFeedbackAsync(BotHarness bot)
    {
        var story = await bot.SayAsync("My lower back has hurt for 3 weeks");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);
        Assert.Equal(bot.Content.Callback.Offer, turns[^1].Last);
        await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton);
        await bot.SayAsync("Dana Whitaker");
        await bot.SayAsync("(310) 555-0123");
        await bot.SayAsync("Evening");
        var confirmed = await bot.SayAsync("Yes");
        if (confirmed.Last != bot.Content.Messages.Feedback.Question)
        {
            confirmed = await bot.SayAsync("No");
        }

        Assert.Equal(bot.Content.Messages.Feedback.Question, confirmed.Last);
        await bot.SayAsync(bot.Content.Messages.Feedback.Yes);
    }
}
