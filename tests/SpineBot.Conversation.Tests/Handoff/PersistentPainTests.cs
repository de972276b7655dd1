using SpineBot.Conversation.Tests.Support;
using SpineBot.Content.Messages;
using SpineBot.Triage.Handoff;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Handoff;

/// <summary>The clinic hand-off when the pain sounds persistent: each criterion on its own.</summary>
public sealed class PersistentPainTests
{
    public static TheoryData<string, string, string, string> Criteria => new()
    {
        // reason id, story, slot answered by button (or none), its value
        { HandoffReasons.LongLasting, "My lower back has hurt for 3 weeks", "", "" },
        { HandoffReasons.AfterEveryRun, "My lower back hurts after running", ReportSlots.AfterEveryRun, ReportSlots.Yes },
        { HandoffReasons.GettingWorse, "My lower back hurts after running", ReportSlots.Trend, "worse" },
        { HandoffReasons.Severe, "My lower back hurts after running", ReportSlots.Severity, "8" },
        { HandoffReasons.DownALeg, "My lower back hurts after running", ReportSlots.LegSymptoms, ReportSlots.Yes },
    };

    [Theory]
    [MemberData(nameof(Criteria))]
    public async Task Persistent_pain_is_handed_to_the_clinic_with_its_number_and_a_tap_to_call_button(string reasonId, string story, string slot, string value)
    {
        using var bot = new BotHarness(channelId: "webchat");
        var answers = slot.Length == 0 ? ConversationDriver.MildAche : ConversationDriver.MildAcheWith((slot, value));

        var first = await bot.SayAsync(story);
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, answers);

        var handoff = turns[^1];
        var offered = turns[^2];
        var details = new Dictionary<string, string>
        {
            [HandoffReasons.DurationDetail] = "3 weeks",
            [HandoffReasons.SeverityDetail] = "8",
        };
        var why = Assert.Single(bot.Content.Handoff.ReasonsFor(new HandoffAssessment([reasonId], details)));
        // "Have it looked at" (with why) comes first, with the choice; the runner taps the clinic's number.
        Assert.Contains(why, offered.AllText, StringComparison.Ordinal);
        Assert.Equal(bot.Content.Messages.PersistentPain!.Prompt, offered.Last);
        Assert.DoesNotContain(why, handoff.AllText, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Handoff.Wording.Offer, handoff.AllText, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Clinic.Phone, handoff.AllText, StringComparison.Ordinal);
        var card = Assert.Single(handoff.HeroCards);
        Assert.Equal(bot.Content.Clinic.Name, card.Title);
        Assert.Contains(handoff.LinkButtons, button => (string)button.Value == bot.Content.Clinic.PhoneLink);
        Assert.Equal(bot.Content.Callback.Offer, handoff.Last);
    }

    [Fact]
    public async Task The_recommendation_says_why_in_the_runners_terms()
    {
        using var bot = new BotHarness();

        var first = await bot.SayAsync("My lower back has hurt for 3 weeks and it's getting worse");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche);

        var expected = bot.Content.Handoff.RecommendationFor(new HandoffAssessment(
            [HandoffReasons.LongLasting, HandoffReasons.GettingWorse],
            new Dictionary<string, string> { [HandoffReasons.DurationDetail] = "3 weeks" }));
        Assert.Contains(expected!, ConversationDriver.AllText(turns.Prepend(first)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mild_improving_ache_is_not_sent_to_the_clinic()
    {
        using var bot = new BotHarness();

        var first = await bot.SayAsync("My lower back hurts after running");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche);

        Assert.DoesNotContain(turns, turn => turn.HeroCards.Count > 0);
        Assert.Equal(bot.Content.Messages.Feedback.Question, turns[^1].Last);
    }

    [Fact]
    public async Task Handoffs_are_counted_by_their_first_reason()
    {
        using var bot = new BotHarness();
        using var handoffs = bot.Counter("spinebot.handoffs");

        var first = await bot.SayAsync("My lower back has hurt for 3 weeks");
        await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche);

        var measurement = Assert.Single(handoffs.GetMeasurementSnapshot());
        Assert.Equal(HandoffReasons.LongLasting, measurement.Tags["reason"]);
    }

    [Fact]
    public async Task A_correction_that_makes_the_pain_persistent_hears_have_it_looked_at_right_after_the_say_back_with_the_questions_offered()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my lower back hurts after running, a 3");
        await bot.PassSafetyCheckAsync();
        var offer = bot.Content.Messages.PersistentPain!;

        var replies = await bot.SayAsync("actually it's been 3 weeks");
        var questions = await bot.SayAsync(offer.Choices.Choices.First(choice => choice.Value == PersistentPainOffer.Questions).Title);

        Assert.Contains("3 weeks", replies.First, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Clinic.Phone, replies.Texts[1], StringComparison.Ordinal);
        Assert.Equal(offer.Prompt, replies.Last);
        Assert.NotNull(ConversationDriver.QuestionAsked(bot.Content, questions));
    }

    [Theory]
    [InlineData("en-US", "my lower back has hurt for 4 weeks, about a 7, and it's getting worse", "no")]
    [InlineData("es-US", "me duele la espalda baja desde hace 4 semanas, como un 7, y va empeorando", "igual")]
    public async Task A_reply_that_picks_neither_at_the_offer_hears_sorry_then_the_offer_again(string locale, string story, string reply)
    {
        using var bot = new BotHarness(locale: locale);
        var content = locale.StartsWith("es", StringComparison.Ordinal) ? BotHarness.Spanish : bot.Content;
        var offered = await bot.SayAsync(story);
        for (var group = 0; group < 5 && content.RedFlags.SafetyCheck!.Asks(offered.Last); group++)
        {
            offered = await bot.SayAsync("No");
        }

        Assert.Equal(content.Messages.PersistentPain!.Prompt, offered.Last);

        var replies = await bot.SayAsync(reply);

        Assert.Equal($"{content.Messages.NotUnderstood[0]} {content.Messages.PersistentPain.Prompt}", Assert.Single(replies.Texts));
    }

    [Fact]
    public async Task A_reply_that_is_neither_yes_nor_no_at_the_call_back_offer_hears_sorry_then_the_offer_again()
    {
        using var bot = new BotHarness();
        var first = await bot.SayAsync("My lower back has hurt for 3 weeks");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche);
        Assert.Equal(bot.Content.Callback.Offer, turns[^1].Last);

        var replies = await bot.SayAsync("purple");

        Assert.Equal($"{bot.Content.Messages.NotUnderstood[0]} {bot.Content.Callback.Offer}", replies.Last);
    }
}
