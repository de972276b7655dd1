using SpineBot.Content.Answers;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Scripts;

/// <summary>
/// The runner's own questions and asides as scripts (CoreBot's data-driven style): at a given point of the
/// conversation the runner says something, the bot must answer it with the answer's id in answers.json, then ask the
/// pending question again (or, after the closing, just answer). Every script runs in the emulator, Web Chat and Teams.
/// </summary>
public sealed class RunnerQuestionScriptTests
{
    /// <summary>Where the runner asks: at the open question, at a symptom question, at the safety check, or after the closing.</summary>
    public enum Point
    {
        OpenQuestion,
        SymptomQuestion,
        SafetyCheck,
        AfterClosing,
    }

    private static readonly string[] Channels = ["emulator", "webchat", "msteams"];

    // utterance as a runner types it, the answer id it must get, where it is asked.
    private static readonly (string Utterance, string AnswerId, Point At)[] Asides =
    [
        ("can i take ibuprofen for this?", "pain-relievers", Point.SymptomQuestion),
        ("should i take painkillers", "pain-relievers", Point.OpenQuestion),
        ("is advil ok?", "pain-relievers", Point.AfterClosing),
        ("is it sciatica?", "sciatica-or-disc", Point.SymptomQuestion),
        ("could it be a herniated disc?", "sciatica-or-disc", Point.OpenQuestion),
        ("what's wrong with me?", "sciatica-or-disc", Point.AfterClosing),
        ("should i keep running?", "keep-running", Point.SymptomQuestion),
        ("can i still run tomorrow?", "keep-running", Point.OpenQuestion),
        ("should I take a break from running", "keep-running", Point.AfterClosing),
        ("heat or ice?", "heat-or-ice", Point.SymptomQuestion),
        ("should i ice it", "heat-or-ice", Point.OpenQuestion),
        ("is a heating pad good?", "heat-or-ice", Point.AfterClosing),
        ("should i stretch before running?", "stretching", Point.SymptomQuestion),
        ("stretching", "stretching", Point.OpenQuestion),
        ("does foam rolling help?", "stretching", Point.AfterClosing),
        ("what core exercises should i do?", "core-exercises", Point.SymptomQuestion),
        ("do planks help?", "core-exercises", Point.AfterClosing),
        ("how should i fix my running form?", "running-form", Point.SymptomQuestion),
        ("how do i improve my posture?", "running-form", Point.OpenQuestion),
        ("do i need new shoes?", "shoes", Point.SymptomQuestion),
        ("are hokas good for back pain?", "shoes", Point.AfterClosing),
        ("how much water should i drink?", "water", Point.SymptomQuestion),
        ("should i drink more water?", "water", Point.OpenQuestion),
        ("are trails better than pavement?", "running-surface", Point.SymptomQuestion),
        ("is the treadmill better?", "running-surface", Point.AfterClosing),
        ("will i need surgery?", "surgery", Point.SymptomQuestion),
        ("do i need an injection?", "surgery", Point.AfterClosing),
        ("would a massage help?", "other-treatments", Point.SymptomQuestion),
        ("should i see a chiropractor?", "other-treatments", Point.AfterClosing),
        ("how long will it take to heal?", "recovery-time", Point.SymptomQuestion),
        ("when will it go away?", "recovery-time", Point.AfterClosing),
        ("what should i do?", "what-to-do", Point.SymptomQuestion),
        ("any tips?", "what-to-do", Point.AfterClosing),
        ("should i see a doctor?", "see-a-doctor", Point.SymptomQuestion),
        ("do i need an mri?", "see-a-doctor", Point.AfterClosing),
        ("are you a robot?", "bot-identity", Point.SymptomQuestion),
        ("am i talking to a bot", "bot-identity", Point.OpenQuestion),
        ("are you a doctor?", "bot-identity", Point.SafetyCheck),
        ("where are you located?", "clinic-location", Point.SymptomQuestion),
        ("what's your address?", "clinic-location", Point.AfterClosing),
        ("what are your hours?", "clinic-hours", Point.SymptomQuestion),
        ("are you open on saturday?", "clinic-hours", Point.AfterClosing),
        ("do you take insurance?", "insurance", Point.SymptomQuestion),
        ("how much does it cost?", "insurance", Point.AfterClosing),
        ("do you take medicare?", "insurance", Point.OpenQuestion),
        ("why do you ask?", "why-ask", Point.SymptomQuestion),
        ("why does that matter?", "why-ask", Point.SafetyCheck),
        ("is it serious?", "is-it-serious", Point.SymptomQuestion),
        ("should i be worried?", "is-it-serious", Point.AfterClosing),
        ("is this bad?", "is-it-serious", Point.OpenQuestion),
        ("it's my knee, not my back", "other-body-part", Point.SymptomQuestion),
        ("my knee hurts after running", "other-body-part", Point.OpenQuestion),
        ("actually it's my hip", "other-body-part", Point.AfterClosing),
        ("I'm freaking out", "worry", Point.SymptomQuestion),
        ("i'm really scared", "worry", Point.OpenQuestion),
        ("im so anxious about this", "worry", Point.SafetyCheck),
        ("tell me a joke", "joke", Point.SymptomQuestion),
        ("lol", "joke", Point.OpenQuestion),
        ("what's the weather like?", "out-of-scope", Point.SymptomQuestion),
        ("did the lakers win?", "out-of-scope", Point.AfterClosing),
        ("thanks", "thanks", Point.AfterClosing),
        ("thank you so much", "thanks", Point.SymptomQuestion),
        ("hello", "greeting", Point.SymptomQuestion),
        ("what is the capital of peru?", "out-of-scope", Point.OpenQuestion),
        ("do you ship to canada?", AnswerIds.UnknownQuestion, Point.SymptomQuestion),
        ("do you have a newsletter?", AnswerIds.UnknownQuestion, Point.AfterClosing),
        ("who won the 1998 world cup?", AnswerIds.UnknownQuestion, Point.OpenQuestion),
    ];

    public static TheoryData<string, string, string, Point> Scripts()
    {
        var data = new TheoryData<string, string, string, Point>();
        foreach (var (utterance, answerId, at) in Asides)
        {
            foreach (var channel in Channels)
            {
                data.Add(channel, utterance, answerId, at);
            }
        }

        return data;
    }

    [Fact]
    public void At_least_sixty_runner_questions_and_asides_are_scripted()
    {
        Assert.True(Asides.Length >= 60, $"{Asides.Length} scripted questions and asides");
        Assert.Equal(Asides.Length, Asides.Select(aside => aside.Utterance).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task The_runners_question_is_answered_and_the_pending_question_follows(string channel, string utterance, string answerId, Point at)
    {
        using var bot = new BotHarness(channelId: channel, conversationType: channel == "msteams" ? "personal" : null);
        var pending = await ReachAsync(bot, at);

        var replies = await bot.SayAsync(utterance);

        var answer = bot.Content.Answers.Answer(answerId).Text(AnswerSituation.NothingConcerning);
        // The answer (after one sentence for the worry when the question also says it), in one bubble.
        Assert.EndsWith(answer, replies.First, StringComparison.Ordinal);
        if (pending is null)
        {
            // After the closing: answered, and the intake does not start again.
            Assert.Single(replies.Texts);
        }
        else
        {
            Assert.Equal(pending, replies.Last);
            Assert.Equal(2, replies.Texts.Count);
        }
    }

    /// <summary>Brings the conversation to <paramref name="at"/>; returns the question pending there (none after the closing).</summary>
    internal static async Task<string?> ReachAsync(BotHarness bot, Point at)
    {
        var content = bot.Content;
        switch (at)
        {
            case Point.OpenQuestion:
                await bot.SayAsync("hi");
                return content.Messages.Welcome.StartPrompt;
            case Point.SafetyCheck:
                await bot.SayAsync("my back hurts after running");
                return content.RedFlags.SafetyCheck!.FirstQuestion;
            case Point.SymptomQuestion:
                await bot.SayAsync("my back hurts after running");
                await bot.PassSafetyCheckAsync();
                return content.Question("location").Prompt;
            default:
                var story = await bot.SayAsync("My lower back hurts after running");
                await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);
                await bot.SayAsync(content.Messages.Feedback.Yes);
                return null;
        }
    }
}
