using SpineBot.Content.Questions;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Questions;

/// <summary>
/// The symptom questions in the content's order (where, how bad, how long, better or worse, down a leg, after every
/// run), skipping what the runner already said. Which side hurts is taken from the story but not asked: it changes
/// neither the causes nor the hand-off, so asking would only lengthen the conversation.
/// </summary>
internal sealed class SymptomQuestionPlan(IntakeQuestions questions) : IQuestionPlan
{
    public QuestionContent? Next(RunnerReport report, IReadOnlyCollection<string> asked)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(asked);
        return questions.All.FirstOrDefault(question =>
            question.About == QuestionContent.AboutSymptoms
            && question.Slot != ReportSlots.Side
            && !asked.Contains(question.Id)
            && !question.IsAnsweredBy(report));
    }
}
