using SpineBot.Content.Questions;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Safety;

/// <summary>The red-flag screen runs on every message, whatever the bot is waiting for.</summary>
public sealed class EmergencyAnywhereTests
{
    public enum Stage
    {
        OpenQuestion,
        SafetyCheck,
        SymptomQuestion,
        CauseQuestion,
        CallbackOffer,
        CallbackName,
        CallbackPhone,
        CallbackConsent,
        AskedForTheClinicMidIntake,
        Feedback,
        AfterTheEnd,
    }

    public static TheoryData<Stage> Stages => [.. Enum.GetValues<Stage>()];

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task An_emergency_is_sent_to_the_emergency_room_first_and_the_advice_holds_after_it(Stage stage)
    {
        using var bot = new BotHarness();
        await bot.SendAsync(bot.MembersAdded(bot.User, bot.BotAccount));
        await GoToAsync(bot, stage);

        var replies = await bot.SayAsync("I can't pee since this morning");
        var next = await bot.SayAsync("ok, what now?");

        Assert.Contains(bot.Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
        Assert.Contains(bot.Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Emergency).Closing, replies.Last, StringComparison.Ordinal);
        Assert.Contains(bot.Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Emergency).Action, next.First, StringComparison.Ordinal);
        Assert.Equal(bot.Content.RedFlags.Latch!.Afterwards, next.Last);
    }

    private static async Task GoToAsync(BotHarness bot, Stage stage)
    {
        var content = bot.Content;
        switch (stage)
        {
            case Stage.OpenQuestion:
                Assert.Equal(content.Messages.Welcome.StartPrompt, (await bot.SayAsync("hi")).Last);
                return;
            case Stage.SafetyCheck:
                Assert.Equal(content.RedFlags.SafetyCheck!.FirstQuestion, (await bot.SayAsync("My lower back hurts after running")).Last);
                return;
            case Stage.SymptomQuestion:
                await bot.SayAsync("My lower back hurts after running");
                Assert.NotNull(ConversationDriver.QuestionAsked(content, await bot.PassSafetyCheckAsync()));
                return;
            case Stage.CauseQuestion:
                var atSymptoms = await bot.SayAsync("My lower back hurts after running");
                var turns = await ConversationDriver.AnswerQuestionsAsync(bot, atSymptoms, ConversationDriver.MildAche, question => question.About != QuestionContent.AboutSymptoms);
                Assert.NotEqual(QuestionContent.AboutSymptoms, ConversationDriver.QuestionAsked(content, turns[^1])!.About);
                return;
            case Stage.CallbackOffer:
                await ReachCallbackOfferAsync(bot);
                return;
            case Stage.CallbackName:
                await ReachCallbackOfferAsync(bot);
                Assert.Equal(content.Callback.NamePrompt, (await bot.SayAsync(content.Handoff.Wording.CallbackButton)).Last);
                return;
            case Stage.CallbackPhone:
                await ReachCallbackOfferAsync(bot);
                await bot.SayAsync(content.Handoff.Wording.CallbackButton);
                Assert.Equal(content.Callback.PhonePrompt.Render("name", "Dana"), (await bot.SayAsync("Dana")).Last);
                return;
            case Stage.CallbackConsent:
                await ReachCallbackOfferAsync(bot);
                await bot.SayAsync(content.Handoff.Wording.CallbackButton);
                await bot.SayAsync("Dana");
                await bot.SayAsync("310-555-0123");
                Assert.Equal(content.Callback.ConsentPrompt, (await bot.SayAsync("Morning")).Last);
                return;
            case Stage.AskedForTheClinicMidIntake:
                await bot.SayAsync("My lower back hurts after running");
                Assert.Equal(content.Callback.Offer, (await bot.SayAsync("can I talk to someone?")).Last);
                return;
            case Stage.Feedback:
                await ReachFeedbackAsync(bot);
                return;
            case Stage.AfterTheEnd:
                await ReachFeedbackAsync(bot);
                Assert.Contains(content.Messages.StartAgainOffer, (await bot.SayAsync(content.Messages.Feedback.Yes)).Last, StringComparison.Ordinal);
                return;
        }
    }

    private static async Task ReachCallbackOfferAsync(BotHarness bot)
    {
        var story = await bot.SayAsync("My lower back has hurt for 3 weeks and it's getting worse");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);
        Assert.Equal(bot.Content.Callback.Offer, turns[^1].Last);
    }

    private static async Task ReachFeedbackAsync(BotHarness bot)
    {
        var story = await bot.SayAsync("My lower back hurts after running");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);
        Assert.Equal(bot.Content.Messages.Feedback.Question, turns[^1].Last);
    }
}
