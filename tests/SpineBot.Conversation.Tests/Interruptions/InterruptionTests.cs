using Microsoft.Extensions.DependencyInjection;
using SpineBot.Conversation.Interruptions;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Interruptions;

/// <summary>Every message meets the interruptions, in order, before the question that is pending.</summary>
public sealed class InterruptionTests
{
    [Fact]
    public void Every_interruption_in_the_conversation_is_registered_in_its_order()
    {
        using var bot = new BotHarness();

        var registered = bot.Services.GetServices<IInterruption>().OrderBy(interruption => interruption.Order).Select(interruption => interruption.GetType()).ToList();

        Assert.Equal([typeof(SafetyLatch), typeof(AnswerCommand), typeof(CancelCommand), typeof(StartOverCommand), typeof(TalkToClinicCommand), typeof(RunnerQuestionInterruption), typeof(CorrectionInterruption)], registered);
    }

    [Fact]
    public async Task Help_in_the_middle_of_the_questions_answers_and_asks_the_pending_question_again()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        var asked = await bot.PassSafetyCheckAsync();
        var question = ConversationDriver.QuestionAsked(bot.Content, asked)!;

        var replies = await bot.SayAsync("help");

        Assert.Equal([bot.Content.Messages.Help, question.Prompt], replies.Texts);
    }
}
