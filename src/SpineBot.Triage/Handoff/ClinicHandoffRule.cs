using System.Globalization;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Handoff;

/// <summary>
/// The persistence rule: recommend the clinic when the pain has lasted about two weeks or more, comes back after
/// every run, is getting worse, is severe, or goes down a leg. Lingering pain should be checked, as the clinic's
/// article says.
/// </summary>
public sealed class ClinicHandoffRule
{
    private readonly HandoffThresholds _thresholds;

    /// <summary>Creates the rule with thresholds from content.</summary>
    public ClinicHandoffRule(HandoffThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        _thresholds = thresholds;
    }

    /// <summary>The thresholds in use.</summary>
    public HandoffThresholds Thresholds => _thresholds;

    /// <summary>Assesses a report; unknown facts never count as reasons.</summary>
    public HandoffAssessment Assess(RunnerReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var reasons = new List<string>();
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (report.Duration is { } duration && duration.ToDays() >= _thresholds.MinimumDays)
        {
            reasons.Add(HandoffReasons.LongLasting);
            if (!string.IsNullOrWhiteSpace(duration.Phrase))
            {
                details[HandoffReasons.DurationDetail] = duration.Phrase;
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

        return new HandoffAssessment(reasons, details);
    }
}
