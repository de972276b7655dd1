using SpineBot.Content;
using SpineBot.Content.Messages;
using SpineBot.Content.Questions;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Scripts;

/// <summary>
/// A correction that makes the pain persistent ("actually its been 3 weeks not 3 days"), typed at a cause question
/// rather than answering it: as at a symptom question, the bot says back what changed, then "have it looked at" and
/// the offer (a few questions or the clinic's number), and follows the runner's choice.
/// </summary>
public sealed class PersistentCorrectionScriptTests
{
    /// <summary>What the bot must do after the runner's choice in the offer.</summary>
    public enum Reply
    {
        /// <summary>The cause question the correction interrupted, asked again; no clinic card yet.</summary>
        CauseQuestionAgain,

        /// <summary>The clinic's details and the call-back offer; no explanation of causes.</summary>
        ClinicDetails,
    }

    // A runner whose story said a few days, mild and getting better, at the first cause question (mileage).
    private static readonly (string Locale, string Story, string Correction, string SaidBack, string Choice, Reply Expected)[] AtACauseQuestion =
    [
        ("en-US", "my lower back has hurt for 3 days after running, about a 3, getting better", "actually its been 3 weeks not 3 days", "3 weeks", PersistentPainOffer.Questions, Reply.CauseQuestionAgain),
        ("en-US", "my lower back has hurt for 3 days after running, about a 3, getting better", "actually its been 3 weeks not 3 days", "3 weeks", PersistentPainOffer.Clinic, Reply.ClinicDetails),
        ("es-US", "me duele la espalda baja desde hace 3 días después de correr, como un 3, va mejorando", "en realidad son 3 semanas, no 3 días", "3 semanas", PersistentPainOffer.Questions, Reply.CauseQuestionAgain),
        ("es-US", "me duele la espalda baja desde hace 3 días después de correr, como un 3, va mejorando", "en realidad son 3 semanas, no 3 días", "3 semanas", PersistentPainOffer.Clinic, Reply.ClinicDetails),
    ];

    public static TheoryData<string, string, string, string, string, Reply> CauseQuestionScripts()
    {
        var data = new TheoryData<string, string, string, string, string, Reply>();
        foreach (var (locale, story, correction, saidBack, choice, expected) in AtACauseQuestion)
        {
            data.Add(locale, story, correction, saidBack, choice, expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CauseQuestionScripts))]
    public async Task At_a_cause_question_a_correction_that_makes_the_pain_persistent_is_said_back_then_offered(
        string locale, string story, string correction, string saidBack, string choice, Reply expected)
    {
        using var bot = new BotHarness(locale: locale);
        var content = locale.StartsWith("es", StringComparison.Ordinal) ? BotHarness.Spanish : bot.Content;
        var offer = content.Messages.PersistentPain!;
        var cause = await AtFirstCauseQuestionAsync(bot, content, story);

        var replies = await bot.SayAsync(correction);
        var chosen = await bot.SayAsync(offer.Choices.Choices.First(option => option.Value == choice).Title);

        Assert.Contains(saidBack, replies.First, StringComparison.Ordinal);
        Assert.Contains(content.Clinic.Phone, replies.AllText, StringComparison.Ordinal);
        Assert.Equal(offer.Prompt, replies.Last);
        Assert.Empty(replies.HeroCards);
        Assert.DoesNotContain(content.Messages.Causes.NotADiagnosisReminder, replies.AllText, StringComparison.Ordinal);
        switch (expected)
        {
            case Reply.CauseQuestionAgain:
                Assert.Equal(cause.Id, ConversationDriver.QuestionAsked(content, chosen)?.Id);
                Assert.Empty(chosen.HeroCards);
                break;
            default:
                Assert.Single(chosen.HeroCards);
                Assert.Equal(content.Callback.Offer, chosen.Last);
                Assert.DoesNotContain(content.Messages.Causes.NotADiagnosisReminder, chosen.AllText, StringComparison.Ordinal);
                break;
        }
    }

    [Fact]
    public async Task A_runner_who_chose_the_questions_is_not_offered_again_when_a_later_correction_makes_the_pain_persistent_again()
    {
        using var bot = new BotHarness();
        var offer = bot.Content.Messages.PersistentPain!;
        var cause = await AtFirstCauseQuestionAsync(bot, bot.Content, "my lower back has hurt for 3 days after running, about a 3, getting better");
        await bot.SayAsync("actually its been 3 weeks not 3 days");
        await bot.SayAsync(offer.Choices.Choices.First(option => option.Value == PersistentPainOffer.Questions).Title);
        await bot.SayAsync("sorry, 3 days after all");

        var replies = await bot.SayAsync("no wait, 3 weeks");

        Assert.Contains("3 weeks", replies.First, StringComparison.Ordinal);
        Assert.DoesNotContain(offer.Prompt, replies.AllText, StringComparison.Ordinal);
        Assert.Equal(cause.Id, ConversationDriver.QuestionAsked(bot.Content, replies)?.Id);
    }

    private static async Task<QuestionContent> AtFirstCauseQuestionAsync(BotHarness bot, ClinicContent content, string story)
    {
        var first = await bot.SayAsync(story);
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, first, ConversationDriver.MildAche, question => question.About != QuestionContent.AboutSymptoms, language: content);
        var cause = ConversationDriver.QuestionAsked(content, turns.Count > 0 ? turns[^1] : first);
        Assert.NotNull(cause);
        Assert.NotEqual(QuestionContent.AboutSymptoms, cause.About);
        return cause;
    }
}
