using Microsoft.Bot.Schema;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Welcome;

public sealed class WelcomeTests
{
    [Fact]
    public async Task A_runner_who_joins_is_told_who_the_bot_is_that_it_is_not_a_diagnosis_and_to_call_911_in_an_emergency()
    {
        using var bot = new BotHarness();
        var welcome = bot.Content.Messages.Welcome;

        var replies = await bot.SendAsync(bot.MembersAdded(bot.User, bot.BotAccount));

        Assert.True(replies.Says(welcome.Greeting));
        Assert.True(replies.Says(welcome.NotADiagnosis));
        Assert.True(replies.Says(welcome.Emergency));
        Assert.Equal(welcome.StartPrompt, replies.Last);
    }

    [Fact]
    public async Task Nothing_is_said_when_only_the_bot_is_added()
    {
        using var bot = new BotHarness();

        var replies = await bot.SendAsync(bot.MembersAdded(bot.BotAccount));

        Assert.Empty(replies.Messages);
    }

    [Fact]
    public async Task The_web_chat_join_event_welcomes_the_visitor()
    {
        using var bot = new BotHarness(channelId: "webchat");

        var replies = await bot.SendAsync(bot.WebChatJoin());

        Assert.True(replies.Says(bot.Content.Messages.Welcome.Greeting));
    }

    [Fact]
    public async Task Direct_lines_conversation_update_and_the_widgets_join_event_welcome_only_once()
    {
        using var bot = new BotHarness(channelId: "directline");

        var first = await bot.SendAsync(bot.MembersAdded(bot.User));
        var second = await bot.SendAsync(bot.WebChatJoin());

        Assert.True(first.Says(bot.Content.Messages.Welcome.Greeting));
        Assert.Empty(second.Messages);
    }

    [Fact]
    public async Task The_join_event_first_then_the_conversation_update_still_welcomes_only_once()
    {
        using var bot = new BotHarness(channelId: "directline");

        var first = await bot.SendAsync(bot.WebChatJoin());
        var second = await bot.SendAsync(bot.MembersAdded(bot.User));

        Assert.True(first.Says(bot.Content.Messages.Welcome.Greeting));
        Assert.Empty(second.Messages);
    }

    [Fact]
    public async Task A_first_hello_without_a_welcome_gets_the_introduction_and_the_open_question()
    {
        using var bot = new BotHarness();
        var welcome = bot.Content.Messages.Welcome;

        var replies = await bot.SayAsync("hi");

        Assert.True(replies.Says(welcome.Greeting));
        Assert.True(replies.Says(welcome.Emergency));
        Assert.Equal(welcome.StartPrompt, replies.Last);
    }

    [Fact]
    public async Task After_the_welcome_a_hello_is_asked_the_open_question_without_a_second_introduction()
    {
        using var bot = new BotHarness();
        await bot.SendAsync(bot.MembersAdded(bot.User, bot.BotAccount));

        var replies = await bot.SayAsync("hello");

        Assert.False(replies.Says(bot.Content.Messages.Welcome.Greeting));
        Assert.Equal(bot.Content.Messages.Welcome.StartPrompt, replies.Last);
    }

    [Fact]
    public async Task Other_events_are_ignored_quietly()
    {
        using var bot = new BotHarness();
        var other = bot.WebChatJoin();
        other.Name = "something/else";

        var replies = await bot.SendAsync(other);

        Assert.DoesNotContain(replies.Activities, activity => activity.Type == ActivityTypes.Message);
    }
}
