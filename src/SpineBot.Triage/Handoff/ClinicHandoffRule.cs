using System.Globalization;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Handoff;

/// <summary>
/// The clinic's article: "any pain that's lingering should be evaluated". Recommends an evaluation (the
/// <c>consultation</c> level) when the pain has lasted about two weeks or more, has lasted about a week without
/// clearly getting better, comes back after every run, is getting worse, is severe, or goes down a leg; and says
/// "soon, within days" when a combination from content holds (severe and getting worse).
/// </summary>
public sealed class ClinicHandoffRule
{
    private readonly HandoffThresholds _thresholds;
    private readonly IReadOnlyList<IReadOnlyList<string>> _soonWhen;

    /// <summary>Creates the rule with thresholds from content.</summary>
    /// <param name="thresholds">The days and the pain score that count.</param>
    /// <param name="soonWhen">Combinations of reasons (see <see cref="HandoffReasons"/>) that call for "soon"; none by default.</param>
    public ClinicHandoffRule(HandoffThresholds thresholds, IReadOnlyList<IReadOnlyList<string>>? soonWhen = null)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        _thresholds = thresholds;
        _soonWhen = soonWhen ?? [];
    }

    /// <summary>The thresholds in use.</summary>
    public HandoffThresholds Thresholds => _thresholds;

    /// <summary>Assesses a report; unknown facts never count as reasons, except that an unknown trend is not "better".</summary>
    public HandoffAssessment Assess(RunnerReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var reasons = new List<string>();
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (report.Duration is { } duration)
        {
            var days = duration.ToDays();
            var lingering = days >= _thresholds.MinimumDays ? HandoffReasons.LongLasting
                : days >= _thresholds.NotImprovingDays && report.Trend != PainTrend.Better ? HandoffReasons.NotImproving
                : null;
            if (lingering is not null)
            {
                reasons.Add(lingering);
                if (!string.IsNullOrWhiteSpace(duration.Phrase))
                {
                    details[HandoffReasons.DurationDetail] = duration.Phrase;
                }
            }
        }

        if (report.ComesBackAfterEveryRun == true)
        {
            reasons.Add(HandoffReasons.AfterEveryRun);
        }

        if (report.Trend == PainTrend.Worse)
        {
            reasons.Add(HandoffReasons.GettingWorse);
        }

        if (report.Severity is { } severity && severity >= _thresholds.MinimumSeverity)
        {
            reasons.Add(HandoffReasons.Severe);
            details[HandoffReasons.SeverityDetail] = severity.ToString(CultureInfo.InvariantCulture);
        }

        if (report.LegSymptoms == true)
        {
            reasons.Add(HandoffReasons.DownALeg);
        }

        var soon = _soonWhen.Any(combination => combination.Count > 0 && combination.All(reasons.Contains));
        return new HandoffAssessment(reasons, details) { IsSoon = soon };
    }
}
