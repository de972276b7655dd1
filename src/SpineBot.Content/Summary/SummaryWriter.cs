using System.Globalization;
using SpineBot.Content.Causes;
using SpineBot.Content.Handoff;
using SpineBot.Content.Messages;
using SpineBot.Triage.Handoff;
using SpineBot.Triage.Summary;

namespace SpineBot.Content.Summary;

/// <summary>Writes the end-of-conversation summary in the content's words, leaving out what is unknown.</summary>
public sealed class SummaryWriter
{
    private readonly ConversationMessages _messages;
    private readonly IReadOnlyList<CauseContent> _causes;
    private readonly HandoffContent _handoff;

    internal SummaryWriter(ConversationMessages messages, IReadOnlyList<CauseContent> causes, HandoffContent handoff)
    {
        _messages = messages;
        _causes = causes;
        _handoff = handoff;
    }

    /// <summary>The end-of-conversation summary, one line each, leaving out what is unknown.</summary>
    public IReadOnlyList<string> Write(TriageSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = _messages.Summary;
        var labels = _messages.Labels;
        var lines = new List<string> { text.Title };
        if (summary.Location is { } location && labels.Location.TryGetValue(location, out var where))
        {
            lines.Add(text.Location.Render("location", where));
        }

        if (summary.Side is { } side && labels.Side.TryGetValue(side, out var which))
        {
            lines.Add(text.Side.Render("side", which));
        }

        if (summary.Severity is { } severity)
        {
            lines.Add(text.Severity.Render("severity", severity.ToString(CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrWhiteSpace(summary.DurationPhrase))
        {
            lines.Add(text.Duration.Render("duration", summary.DurationPhrase));
        }

        if (summary.Trend is { } trend && labels.Trend.TryGetValue(trend, out var lately))
        {
            lines.Add(text.Trend.Render("trend", lately));
        }

        AddIf(lines, summary.LegSymptoms == true, text.LegSymptoms);
        AddIf(lines, summary.ComesBackAfterEveryRun == true, text.AfterEveryRun);
        var titles = summary.LikelyCauseIds.Select(id => _causes.FirstOrDefault(cause => cause.Id == id)?.Title).OfType<string>().ToList();
        lines.Add(titles.Count > 0 ? text.LikelyCauses.Render("causes", _messages.Lists.Join(titles)) : text.NoLikelyCause);
        var reasons = _handoff.ReasonsFor(new HandoffAssessment(summary.HandoffReasonIds, DetailsOf(summary)));
        lines.Add(summary.HandoffRecommended && reasons.Count > 0
            ? (summary.HandoffSoon ? text.HandoffSoon : text.HandoffRecommended).Render("reasons", _messages.Lists.Join(reasons))
            : text.NoHandoff);
        return lines;
    }

    private static Dictionary<string, string> DetailsOf(TriageSummary summary)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(summary.DurationPhrase))
        {
            details[HandoffReasons.DurationDetail] = summary.DurationPhrase;
        }

        if (summary.Severity is { } severity)
        {
            details[HandoffReasons.SeverityDetail] = severity.ToString(CultureInfo.InvariantCulture);
        }

        return details;
    }

    private static void AddIf(List<string> lines, bool condition, string line)
    {
        if (condition)
        {
            lines.Add(line);
        }
    }
}
