using SpineBot.Content;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;

namespace SpineBot.Conversation.Questions;

/// <summary>The symptom questions the runner's story left open (see <see cref="SymptomQuestionPlan"/>).</summary>
internal sealed class SymptomQuestionsDialog(ClinicContent content, AnswerReader answers, RunnerMemory memory, ConversationTelemetry telemetry)
    : QuestionsDialog("symptomQuestions", new SymptomQuestionPlan(content), content, answers, memory, telemetry);
