using SpineBot.Triage.Causes;
using SpineBot.Triage.Handoff;
using SpineBot.Triage.RedFlags;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Summary;

/// <summary>Builds the <see cref="TriageSummary"/> at the end of a conversation.</summary>
public static class TriageSummaryBuilder
{
    /// <summary>
    /// Gathers the report, the causes that fit, the hand-off assessment and any warning signs into one summary.
    /// </summary>
    public static TriageSummary Build(
        RunnerReport report,
        IReadOnlyList<CauseMatch> likelyCauses,
        HandoffAssessment handoff,
        RedFlagVerdict? redFlags = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(likelyCauses);
        ArgumentNullException.ThrowIfNull(handoff);
        var symptomFacts = new HashSet<string>(StringComparer.Ordinal)
        {
            RunnerFacts.LowerBack,
            RunnerFacts.MiddleBack,
            RunnerFacts.UpperBack,
        };
        return new TriageSummary
        {
            Location = report.Location,
            Side = report.Side,
            Severity = report.Severity,
            DurationDays = report.Duration?.ToDays(),
            DurationPhrase = string.IsNullOrWhiteSpace(report.Duration?.Phrase) ? null : report.Duration.Phrase,
            Trend = report.Trend,
            LegSymptoms = report.LegSymptoms,
            ComesBackAfterEveryRun = report.ComesBackAfterEveryRun,
            RunningFactIds = RunnerFacts.Of(report).Keys.Where(fact => !symptomFacts.Contains(fact)).ToList(),
            LikelyCauseIds = likelyCauses.Where(match => match.FitsWell).Select(match => match.CauseId).ToList(),
            HandoffRecommended = handoff.IsRecommended,
            HandoffSoon = handoff.IsSoon,
            HandoffReasonIds = handoff.ReasonIds,
            RedFlagIds = redFlags?.FlagIds ?? [],
        };
    }
}
