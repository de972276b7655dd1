using SpineBot.Content;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;

namespace SpineBot.Conversation.Questions;

/// <summary>The questions on the five causes from the clinic's article (see <see cref="CauseQuestionPlan"/>).</summary>
internal sealed class CauseQuestionsDialog(ClinicContent content, AnswerReader answers, RunnerMemory memory, ConversationTelemetry telemetry)
    : QuestionsDialog("causeQuestions", new CauseQuestionPlan(content), content, answers, memory, telemetry);
