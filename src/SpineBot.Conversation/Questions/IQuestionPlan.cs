using SpineBot.Content.Questions;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Questions;

/// <summary>Decides which question to ask next, from what is known and what was already asked.</summary>
internal interface IQuestionPlan
{
    /// <summary>The next question, or <c>null</c> when there is nothing more worth asking.</summary>
    QuestionContent? Next(RunnerReport report, IReadOnlyCollection<string> asked);
}
