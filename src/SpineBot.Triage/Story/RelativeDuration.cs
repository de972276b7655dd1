namespace SpineBot.Triage.Story;

/// <summary>A phrase for how long the pain has lasted that needs no arithmetic, e.g. "since yesterday" = 1 day.</summary>
/// <param name="Pattern">A regular expression.</param>
/// <param name="Days">How many days the phrase means.</param>
/// <param name="Phrase">How to say the duration back ("about a month"); <c>null</c> to repeat the runner's words.</param>
public sealed record RelativeDuration(string Pattern, double Days, string? Phrase = null);
