namespace SpineBot.Triage.Story;

/// <summary>One fact a later message changed, so the bot can say back what it now understands.</summary>
/// <param name="Slot">The fact, as a report slot name (see <see cref="Reports.ReportSlots"/>), e.g. "duration".</param>
/// <param name="WasKnown">
/// <c>true</c> when the message replaced an earlier answer (a correction: "three weeks, not three days"); <c>false</c>
/// when it is a new fact.
/// </param>
public sealed record FactChange(string Slot, bool WasKnown);
