using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Summary;

/// <summary>
/// The facts for the end-of-conversation summary and the clinic hand-off event: plain data (ids and values),
/// rendered into words by the conversation with content templates. Holds no free text from the runner beyond the
/// short duration phrase.
/// </summary>
public sealed record TriageSummary
{
    /// <summary>Where in the back it hurts.</summary>
    public BackRegion? Location { get; init; }

    /// <summary>Which side hurts.</summary>
    public PainSide? Side { get; init; }

    /// <summary>Pain on a 0-10 scale.</summary>
    public int? Severity { get; init; }

    /// <summary>How long the pain has lasted, in days.</summary>
    public double? DurationDays { get; init; }

    /// <summary>How long the pain has lasted, in the runner's words ("since Saturday").</summary>
    public string? DurationPhrase { get; init; }

    /// <summary>Better, worse or the same.</summary>
    public PainTrend? Trend { get; init; }

    /// <summary>Pain or numbness down a leg.</summary>
    public bool? LegSymptoms { get; init; }

    /// <summary>Comes back after every run.</summary>
    public bool? ComesBackAfterEveryRun { get; init; }

    /// <summary>The running facts that hold (see <see cref="Causes.RunnerFacts"/>), e.g. "mileage-increase".</summary>
    public IReadOnlyList<string> RunningFactIds { get; init; } = [];

    /// <summary>The causes that fit well, best first.</summary>
    public IReadOnlyList<string> LikelyCauseIds { get; init; } = [];

    /// <summary>Whether the bot recommended the clinic.</summary>
    public bool HandoffRecommended { get; init; }

    /// <summary>Whether it should be seen soon, within days (severe and getting worse), rather than "have it looked at".</summary>
    public bool HandoffSoon { get; init; }

    /// <summary>Why (see <see cref="Handoff.HandoffReasons"/>).</summary>
    public IReadOnlyList<string> HandoffReasonIds { get; init; } = [];

    /// <summary>Warning signs found during the conversation, if any.</summary>
    public IReadOnlyList<string> RedFlagIds { get; init; } = [];
}
