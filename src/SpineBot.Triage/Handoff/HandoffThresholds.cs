namespace SpineBot.Triage.Handoff;

/// <summary>When lingering pain should be evaluated (content's handoff.json).</summary>
/// <param name="MinimumDays">Pain lasting at least this many days (about two weeks) is always worth a check.</param>
/// <param name="MinimumSeverity">Pain at or above this 0-10 score.</param>
/// <param name="NotImprovingDays">
/// Pain lasting at least this many days (about a week) that is not clearly getting better (about the same, or the
/// trend is unknown) is worth a check.
/// </param>
public sealed record HandoffThresholds(int MinimumDays, int MinimumSeverity, int NotImprovingDays = 7);
