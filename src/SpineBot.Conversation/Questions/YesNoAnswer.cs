using SpineBot.Content.Answers;
using SpineBot.Content.Questions;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Understanding;

namespace SpineBot.Conversation.Questions;

/// <summary>
/// Reads a reply to a yes/no question the way runners type it ("ya", "yep pretty much", "every time, esp. long
/// runs", "kinda"), strictly: a reply that is a question or a correction is never yes or no.
/// </summary>
internal static class YesNoAnswer
{
    /// <summary>The id of the content's yes/no answer set.</summary>
    public const string SetId = "yes-no";

    /// <summary>Whether the question is answered yes, no or not sure.</summary>
    public static bool IsYesNo(QuestionContent question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Choices?.Id == SetId;
    }

    /// <summary>The answer the reply gives, or <c>null</c> when it is no short answer.</summary>
    public static Choice? Read(RunnerAnswers answers, QuestionContent question, string? text)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(question);
        var set = question.Choices;
        if (set is null)
        {
            return null;
        }

        var reading = answers.ShortAnswers.Read(text, ShortAnswerUse.Symptom);
        var value = reading.YesNo switch
        {
            YesNoReading.Yes => IsEveryRun(question) && reading.Frequency is RunFrequency.Often ? ReportSlots.No : ReportSlots.Yes,
            YesNoReading.No => ReportSlots.No,
            YesNoReading.NotSure => ReportSlots.Unsure,
            YesNoReading.Partly => IsEveryRun(question) ? ReportSlots.No : ReportSlots.Yes,
            _ => null,
        };
        if (value is not null)
        {
            return set.Choices.FirstOrDefault(choice => choice.Value == value);
        }

        // A question or a correction is never yes or no; a longer reply ("yes, for about three weeks") picks the one
        // answer whose words it uses.
        return reading.Reason is "a question" or "a correction" ? null : ExactlyOneOf(set, text) ?? set.Find(text);
    }

    private static bool IsEveryRun(QuestionContent question) => question.Slot == ReportSlots.AfterEveryRun;

    private static Choice? ExactlyOneOf(ChoiceSet set, string? text)
    {
        var normalized = Plain(text);
        return normalized.Length == 0
            ? null
            : set.Choices.FirstOrDefault(choice => Plain(choice.Title) == normalized || choice.Synonyms.Any(synonym => Plain(synonym) == normalized));
    }

    private static string Plain(string? text) => string.Join(' ', new string([.. (text ?? string.Empty).ToLowerInvariant()
        .Select(character => char.IsLetterOrDigit(character) || character == '\'' ? character : ' ')])
        .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
