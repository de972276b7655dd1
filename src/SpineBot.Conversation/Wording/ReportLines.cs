using System.Globalization;
using SpineBot.Content.Causes;
using SpineBot.Content.Messages;
using SpineBot.Triage;
using SpineBot.Triage.Causes;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Wording;

/// <summary>
/// What the runner has told the bot, one short line each, in the content's words: the symptoms as the summary says
/// them ("Where: lower back", "How long: since Saturday") and the running facts as "You said you went from 15 to 25
/// miles". Used to say back what was understood and to answer "what do you know".
/// </summary>
internal sealed class ReportLines(ConversationMessages messages, TriageRules triage, ArticleCauses articleCauses)
{
    private static readonly HashSet<string> SymptomFacts = new(StringComparer.Ordinal)
    {
        RunnerFacts.LowerBack, RunnerFacts.MiddleBack, RunnerFacts.UpperBack,
    };

    /// <summary>The lines; empty when nothing is known.</summary>
    public IReadOnlyList<string> Describe(RunnerReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = messages.Summary;
        var labels = messages.Labels;
        var lines = new List<string>();
        if (report.Location is { } location && labels.Location.TryGetValue(location, out var where))
        {
            lines.Add(summary.Location.Render("location", where));
        }

        if (report.Side is { } side && labels.Side.TryGetValue(side, out var which))
        {
            lines.Add(summary.Side.Render("side", which));
        }

        if (report.Severity is { } severity)
        {
            lines.Add(summary.Severity.Render("severity", severity.ToString(CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrWhiteSpace(report.Duration?.Phrase))
        {
            lines.Add(summary.Duration.Render("duration", report.Duration.Phrase));
        }

        if (report.Trend is { } trend && labels.Trend.TryGetValue(trend, out var lately))
        {
            lines.Add(summary.Trend.Render("trend", lately));
        }

        if (report.LegSymptoms == true)
        {
            lines.Add(summary.LegSymptoms);
        }

        if (report.ComesBackAfterEveryRun == true)
        {
            lines.Add(summary.AfterEveryRun);
        }

        lines.AddRange(RunningFacts(report));
        return lines;
    }

    private IEnumerable<string> RunningFacts(RunnerReport report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in triage.Causes.ScoreAll(report))
        {
            var running = match with { Evidence = [.. match.Evidence.Where(evidence => !SymptomFacts.Contains(evidence.FactId))] };
            var cause = articleCauses.All.FirstOrDefault(candidate => candidate.Id == match.CauseId);
            foreach (var reason in cause?.ReasonsFor(running) ?? [])
            {
                if (seen.Add(reason))
                {
                    yield return MessageText.Capitalized(reason);
                }
            }
        }
    }
}
