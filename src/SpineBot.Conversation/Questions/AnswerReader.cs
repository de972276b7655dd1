using Microsoft.Bot.Builder;
using SpineBot.Content.Answers;
using SpineBot.Content.Questions;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs.Choices;
using SpineBot.Triage;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Story;

namespace SpineBot.Conversation.Questions;

/// <summary>
/// Reads the runner's answer to a question. The story reader reads every answer first, so extra facts are kept and
/// "10 days" counts as 10 days rather than the "A few days" button; then the question's answers and their synonyms
/// ("nope", "lumbar"); then what the prompt recognised (a button's position, "7", "seven").
/// </summary>
internal sealed class AnswerReader(TriageRules triage, RunnerAnswers runnerAnswers, TimeProvider timeProvider)
{
    /// <summary>
    /// The report with the answer applied, or <c>null</c> when the message does not answer the question.
    /// </summary>
    /// <param name="question">The question asked.</param>
    /// <param name="turnContext">The turn with the runner's reply.</param>
    /// <param name="known">What was known before the reply.</param>
    /// <param name="recognized">What the prompt recognised: a <see cref="FoundChoice"/>, an <see cref="int"/>, or <c>null</c>.</param>
    public RunnerReport? Read(QuestionContent question, ITurnContext turnContext, RunnerReport known, object? recognized)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(known);
        var text = turnContext.Activity?.Text;
        var today = RunnerClock.Today(turnContext, timeProvider);
        var reader = triage.StoryReader;
        var withStory = ReportCorrection.Read(reader, known, text, today).Report;
        if (question.IsAnsweredBy(ReportCorrection.Read(reader, new RunnerReport(), text, today).Report))
        {
            return withStory;
        }

        if (YesNoAnswer.IsYesNo(question))
        {
            return YesNoAnswer.Read(runnerAnswers, question, text) is { } said ? question.Apply(withStory, said) : null;
        }

        if (Choose(question, text, recognized) is { } choice)
        {
            return question.Apply(withStory, choice);
        }

        return recognized is int number && question.Range?.Contains(number) == true
            ? question.Apply(withStory, number)
            : null;
    }

    /// <summary>Whether the reply answers the question (for prompt validators).</summary>
    public bool Answers(QuestionContent question, ITurnContext turnContext, object? recognized) =>
        Read(question, turnContext, new RunnerReport(), recognized) is not null;

    /// <summary>The answer picked, by its words first, else by what the prompt recognised.</summary>
    public static Content.Questions.Choice? Choose(QuestionContent question, string? text, object? recognized)
    {
        ArgumentNullException.ThrowIfNull(question);
        return ChosenAnswer.From(question.Choices, text, recognized);
    }
}
