using SpineBot.Content.Causes;
using SpineBot.Content.Questions;
using SpineBot.Triage;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Questions;

/// <summary>
/// The cause questions, covering all five causes of the clinic's article in its order. For each cause it asks the
/// content's questions in order, skipping what the runner already said, and stops asking about a cause once it fits
/// well, or once no answers to its remaining questions could make it fit (so a runner who drinks water on every run is
/// not asked about the weather). Once one cause clearly fits (it fits well and scores ahead of the rest), it asks no more.
/// </summary>
internal sealed class CauseQuestionPlan(TriageRules triage, IntakeQuestions questions, ArticleCauses articleCauses) : IQuestionPlan
{
    public QuestionContent? Next(RunnerReport report, IReadOnlyCollection<string> asked)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(asked);
        if (ClearlyFits(report))
        {
            return null;
        }

        foreach (var cause in articleCauses.All)
        {
            if (Fits(cause.Id, report))
            {
                continue;
            }

            var open = questions.All
                .Where(question => question.About == cause.Id && !asked.Contains(question.Id) && !question.IsAnsweredBy(report))
                .ToList();
            if (open.Count > 0 && CouldStillFit(cause.Id, report, open))
            {
                return open[0];
            }
        }

        return null;
    }

    /// <summary>Whether one cause fits well and scores ahead of every other: more questions would not change the answer.</summary>
    private bool ClearlyFits(RunnerReport report)
    {
        var ranked = triage.Causes.ScoreAll(report).OrderByDescending(match => match.Score).ToList();
        return ranked is [{ FitsWell: true } top, ..] && (ranked.Count == 1 || ranked[1].Score < top.Score);
    }

    private bool Fits(string causeId, RunnerReport report) =>
        triage.Causes.ScoreAll(report).Any(match => match.CauseId == causeId && match.FitsWell);

    private int Score(string causeId, RunnerReport report) =>
        triage.Causes.ScoreAll(report).First(match => match.CauseId == causeId).Score;

    /// <summary>Whether the most telling answers to the open questions would make the cause fit.</summary>
    private bool CouldStillFit(string causeId, RunnerReport report, IReadOnlyList<QuestionContent> open)
    {
        var best = report;
        foreach (var question in open)
        {
            var answers = question.Choices?.Choices.Select(choice => question.Apply(best, choice))
                ?? (question.Range is { } range ? [question.Apply(best, range.Minimum), question.Apply(best, range.Maximum)] : []);
            best = answers.Prepend(best).MaxBy(candidate => Score(causeId, candidate)) ?? best;
        }

        return Fits(causeId, best);
    }
}
