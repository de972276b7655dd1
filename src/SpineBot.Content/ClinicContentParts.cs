using SpineBot.Content.Answers;
using SpineBot.Content.Callback;
using SpineBot.Content.Causes;
using SpineBot.Content.Clinic;
using SpineBot.Content.Commands;
using SpineBot.Content.Handoff;
using SpineBot.Content.Messages;
using SpineBot.Content.Questions;
using SpineBot.Content.RedFlags;
using SpineBot.Triage;

namespace SpineBot.Content;

/// <summary>The checked pieces a <see cref="ClinicContent"/> is made of.</summary>
internal sealed record ClinicContentParts(
    string Language,
    ClinicDetails Clinic,
    ConversationMessages Messages,
    IReadOnlyList<QuestionContent> Questions,
    IReadOnlyDictionary<string, ChoiceSet> ChoiceSets,
    int MostCauseQuestions,
    IReadOnlyList<CauseContent> Causes,
    IReadOnlyList<string> GeneralSelfCare,
    RedFlagContent RedFlags,
    HandoffContent Handoff,
    CallbackContent Callback,
    CommandWords Commands,
    TriageRules Triage,
    RunnerAnswers Answers);
