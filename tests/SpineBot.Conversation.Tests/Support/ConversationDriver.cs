using SpineBot.Content;
using SpineBot.Content.Messages;
using SpineBot.Content.Questions;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Support;

/// <summary>
/// Answers the bot's questions the way a runner tapping buttons would: finds the question by its prompt in the
/// content, taps the button for the wanted answer (or types the number), until the bot asks something else.
/// </summary>
internal static class ConversationDriver
{
    /// <summary>Answers that make no cause fit and no hand-off needed: a mild, improving ache.</summary>
    public static readonly IReadOnlyDictionary<string, string> MildAche = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ReportSlots.Location] = "lower",
        [ReportSlots.Side] = "unsure",
        [ReportSlots.Severity] = "3",
        [ReportSlots.Duration] = "3",
        [ReportSlots.Trend] = "better",
        [ReportSlots.LegSymptoms] = ReportSlots.No,
        [ReportSlots.AfterEveryRun] = ReportSlots.No,
        [ReportSlots.MileageIncrease] = ReportSlots.No,
        [ReportSlots.IntensityIncrease] = ReportSlots.No,
        [ReportSlots.Hills] = ReportSlots.No,
        [ReportSlots.Surface] = ReportSlots.No,
        [ReportSlots.CoreTraining] = "weekly",
        [ReportSlots.LeansForward] = ReportSlots.No,
        [ReportSlots.LongStrides] = ReportSlots.No,
        [ReportSlots.HeadAndShoulders] = ReportSlots.No,
        [ReportSlots.WaterDuringRuns] = ReportSlots.Yes,
        [ReportSlots.HotOrHumid] = ReportSlots.No,
        [ReportSlots.HeelStrike] = ReportSlots.No,
        [ReportSlots.WornShoes] = ReportSlots.No,
    };

    /// <summary>The mild-ache answers with some changed (by slot).</summary>
    public static IReadOnlyDictionary<string, string> MildAcheWith(params (string Slot, string Value)[] changes)
    {
        var answers = new Dictionary<string, string>(MildAche, StringComparer.Ordinal);
        foreach (var (slot, value) in changes)
        {
            answers[slot] = value;
        }

        return answers;
    }

    /// <summary>The question whose prompt (or retry prompt, after "sorry, I didn't catch that") is the last thing the bot said, if any.</summary>
    public static QuestionContent? QuestionAsked(ClinicContent content, Replies replies) =>
        content.Questions.FirstOrDefault(question => replies.Last == question.Prompt || replies.Last.EndsWith(question.RetryPrompt, StringComparison.Ordinal));

    /// <summary>The button title for <paramref name="value"/> of a question.</summary>
    public static string ButtonFor(QuestionContent question, string value) =>
        question.Choices?.Choices.First(choice => choice.Value == value).Title ?? value;

    /// <summary>
    /// Answers the safety check "No", the persistent-pain choice with <paramref name="persistentChoice"/> (the clinic's
    /// number unless told) and every intake and cause question from <paramref name="answers"/>, tapping buttons (of
    /// <paramref name="language"/>'s content, English by default). Returns every turn's replies; stops at the first
    /// message that is not one of those questions.
    /// </summary>
    public static async Task<IReadOnlyList<Replies>> AnswerQuestionsAsync(
        BotHarness bot,
        Replies current,
        IReadOnlyDictionary<string, string> answers,
        Func<QuestionContent, bool>? stopAt = null,
        string persistentChoice = PersistentPainOffer.Clinic,
        ClinicContent? language = null)
    {
        var turns = new List<Replies>();
        var content = language ?? bot.Content;
        for (var turn = 0; turn < 40; turn++)
        {
            string reply;
            if (content.RedFlags.SafetyCheck is { } check && check.Asks(current.Last))
            {
                reply = check.Choices.Choices.First(choice => choice.Value == ReportSlots.No).Title;
            }
            else if (content.Messages.PersistentPain is { } offer && current.Last == offer.Prompt)
            {
                reply = offer.Choices.Choices.First(choice => choice.Value == persistentChoice).Title;
            }
            else if (QuestionAsked(content, current) is { } question)
            {
                if (stopAt?.Invoke(question) == true)
                {
                    return turns;
                }

                reply = ButtonFor(question, answers[question.Slot]);
            }
            else
            {
                return turns;
            }

            current = await bot.SayAsync(reply);
            turns.Add(current);
        }

        throw new InvalidOperationException("The bot kept asking questions.");
    }

    /// <summary>All the text of several turns.</summary>
    public static string AllText(IEnumerable<Replies> turns) => string.Join("\n", turns.Select(turn => turn.AllText));
}
