using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Questions;

/// <summary>Where a run of questions stands: what is known and which questions were already asked.</summary>
/// <param name="Report">The facts so far.</param>
/// <param name="Asked">The ids of the questions already asked (an answer such as "not sure" leaves a slot unknown).</param>
internal sealed record QuestionsOptions(RunnerReport Report, IReadOnlyList<string> Asked)
{
    /// <summary>The options for a first question.</summary>
    public static QuestionsOptions Start(RunnerReport report) => new(report, new List<string>());

    /// <summary>The options after <paramref name="questionId"/> was asked, with the updated facts.</summary>
    public QuestionsOptions After(string questionId, RunnerReport report) => new(report, new List<string>(Asked) { questionId });
}
