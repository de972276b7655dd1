namespace SpineBot.Triage.Handoff;

/// <summary>When persistent pain should be checked by the clinic (content's handoff.json).</summary>
/// <param name="MinimumDays">Pain lasting at least this many days (about two weeks).</param>
/// <param name="MinimumSeverity">Pain at or above this 0-10 score.</param>
public sealed record HandoffThresholds(int MinimumDays, int MinimumSeverity);
