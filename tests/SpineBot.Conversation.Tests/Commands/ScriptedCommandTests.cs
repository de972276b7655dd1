using Microsoft.Bot.Builder.Adapters;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Commands;

/// <summary>The same commands as TestFlow scripts: user lines and the bot's expected replies, from the content.</summary>
public sealed class ScriptedCommandTests
{
    [Fact]
    public async Task Help_a_story_a_miss_and_start_over_get_the_expected_replies()
    {
        using var bot = new BotHarness();
        var messages = bot.Content.Messages;
        var welcome = messages.Welcome;
        var safetyCheck = bot.Content.RedFlags.SafetyCheck!;

        await new TestFlow(bot.Adapter, bot.Turn)
            .Send("hi")
            .AssertReply($"{welcome.Greeting} {welcome.Purpose}")
            .AssertReply($"{welcome.NotADiagnosis} {welcome.Emergency}")
            .AssertReply(welcome.StartPrompt)
            .Send("help")
            .AssertReply(messages.Help)
            .AssertReply(welcome.StartPrompt)
            .Send("My back hurts after my runs lately")
            .AssertReply(messages.StoryThanks)
            .AssertReply(safetyCheck.FirstQuestion)
            .Send("purple")
            .AssertReply(safetyCheck.Nudge)
            .AssertReply(safetyCheck.Groups[0].Prompt)
            .Send("start over")
            .AssertReply(messages.StartingOver)
            .AssertReply(welcome.StartPrompt)
            .StartTestAsync();
    }
}
