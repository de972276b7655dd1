namespace SpineBot.Triage.Story;

/// <summary>
/// A way of saying something that fills a report slot, e.g. slot "leansForward", value "yes",
/// pattern <c>\blean(ing|s)? forward\b</c>. A negated mention of a yes/no phrase counts as the opposite answer;
/// a negated mention of any other phrase is ignored. A group named <c>phrase</c>, if any, is kept as the runner's words.
/// </summary>
/// <param name="Slot">The slot name (see <see cref="Reports.ReportSlots"/>).</param>
/// <param name="Value">The value the phrase means for that slot.</param>
/// <param name="Pattern">A regular expression.</param>
public sealed record SlotPhrase(string Slot, string Value, string Pattern);
