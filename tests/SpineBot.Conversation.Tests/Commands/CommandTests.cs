using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Commands;

/// <summary>Help, cancel, start over and the other commands, in the middle of a prompt.</summary>
public sealed class CommandTests
{
    [Fact]
    public async Task Help_in_the_middle_of_a_question_answers_then_asks_the_same_question_again()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        var question = ConversationDriver.QuestionAsked(bot.Content, await bot.PassSafetyCheckAsync())!;

        var replies = await bot.SayAsync("help");

        Assert.Equal(bot.Content.Messages.Help, replies.First);
        Assert.Equal(question.Prompt, replies.Last);
    }

    [Fact]
    public async Task Help_does_not_count_as_a_missed_answer()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        await bot.PassSafetyCheckAsync();
        await bot.SayAsync("purple");
        await bot.SayAsync("help");

        var replies = await bot.SayAsync("banana");

        Assert.DoesNotContain(bot.Content.Messages.TooManyMisses, replies.Texts);
    }

    [Fact]
    public async Task Cancel_in_the_middle_of_a_question_stops_and_the_next_message_starts_afresh()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        await bot.PassSafetyCheckAsync();

        var cancelled = await bot.SayAsync("cancel");
        var next = await bot.SayAsync("yes");

        Assert.Equal(bot.Content.Messages.Cancelled, cancelled.Last);
        Assert.Equal(bot.Content.Messages.Welcome.StartPrompt, next.Last);
    }

    [Fact]
    public async Task Start_over_in_the_middle_of_a_question_asks_the_open_question_again()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        await bot.PassSafetyCheckAsync();

        var restarted = await bot.SayAsync("start over");
        var story = await bot.SayAsync("My upper back hurts after running");

        Assert.Equal(bot.Content.Messages.StartingOver, restarted.First);
        Assert.Equal(bot.Content.Messages.Welcome.StartPrompt, restarted.Last);
        Assert.True(story.Says(bot.Content.Messages.StoryThanks));
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, story.Last);
    }

    [Fact]
    public async Task Three_answers_the_bot_cannot_understand_give_the_clinics_number_and_the_next_question()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        var question = ConversationDriver.QuestionAsked(bot.Content, await bot.PassSafetyCheckAsync())!;

        var first = await bot.SayAsync("purple");
        var second = await bot.SayAsync("banana");
        var third = await bot.SayAsync("sideways");

        var openers = bot.Content.Messages.NotUnderstood;
        Assert.Equal($"{openers[0]} {question.RetryPrompt}", Assert.Single(first.Texts));
        Assert.Equal($"{openers[1]} {question.RetryPrompt}", Assert.Single(second.Texts));
        Assert.Equal(bot.Content.Messages.TooManyMisses, third.First);
        Assert.Contains(bot.Content.Clinic.Phone, third.First, StringComparison.Ordinal);
        var next = ConversationDriver.QuestionAsked(bot.Content, third);
        Assert.NotNull(next);
        Assert.NotEqual(question.Id, next.Id);
    }

    [Fact]
    public async Task What_do_you_know_lists_what_the_runner_said_and_asks_the_question_again()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back has hurt for 5 days");

        var replies = await bot.SayAsync("what do you know about me?");

        Assert.Contains(bot.Content.Messages.Memory.WhatIKnow, replies.First, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Messages.Summary.Duration.Render("duration", "5 days"), replies.First, StringComparison.Ordinal);
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, replies.Last);
    }

    [Fact]
    public async Task What_do_you_know_before_anything_was_said_says_nothing_is_known()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("what do you know");

        Assert.Equal(bot.Content.Messages.Memory.NothingYet, replies.First);
    }

    [Fact]
    public async Task Forget_me_deletes_the_conversations_state()
    {
        var storage = new JsonRoundTripStorage();
        using var bot = new BotHarness(storage: storage);
        await bot.SayAsync("My lower back has hurt for 5 days");

        var replies = await bot.SayAsync("forget me");
        var kept = storage.AllJson();
        var after = await bot.SayAsync("what do you know");

        Assert.Equal(bot.Content.Messages.Memory.Forgotten, replies.First);
        Assert.DoesNotContain(kept, json => json.Contains("RunnerReport", StringComparison.Ordinal) || json.Contains("DialogState", StringComparison.Ordinal));
        Assert.Equal(bot.Content.Messages.Memory.NothingYet, after.First);
    }

    [Fact]
    public async Task Privacy_explains_what_is_kept_and_asks_the_question_again()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");

        var replies = await bot.SayAsync("privacy");

        Assert.Equal(bot.Content.Messages.Privacy, replies.First);
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, replies.Last);
    }

    [Fact]
    public async Task Help_as_the_first_message_explains_what_the_bot_does()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("help");

        Assert.Equal(bot.Content.Messages.Help, replies.Last);
    }
}
