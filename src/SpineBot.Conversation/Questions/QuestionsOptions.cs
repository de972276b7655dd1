using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Questions;

/// <summary>Where a run of questions stands: which plan, what is known and which questions were already asked.</summary>
/// <param name="Plan">The questions to ask: symptoms or causes.</param>
/// <param name="Report">The facts so far.</param>
/// <param name="Asked">The ids of the questions already asked (an answer such as "not sure" leaves a slot unknown).</param>
/// <param name="RunnerChoseThem">Whether the runner, told to have persistent pain looked at, chose the cause questions
/// anyway (otherwise they stop as soon as the clinic is recommended).</param>
internal sealed record QuestionsOptions(QuestionPlanKind Plan, RunnerReport Report, IReadOnlyList<string> Asked, bool RunnerChoseThem = false)
{
    /// <summary>The options for a first question of <paramref name="plan"/>.</summary>
    public static QuestionsOptions Start(QuestionPlanKind plan, RunnerReport report, bool runnerChoseThem = false) =>
        new(plan, report, new List<string>(), runnerChoseThem);

    /// <summary>The options after <paramref name="questionId"/> was asked, with the updated facts.</summary>
    public QuestionsOptions After(string questionId, RunnerReport report) => this with { Report = report, Asked = new List<string>(Asked) { questionId } };
}
