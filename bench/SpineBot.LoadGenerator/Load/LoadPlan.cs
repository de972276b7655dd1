namespace SpineBot.LoadGenerator.Load;

/// <summary>One load phase: how many runners at once, for how long or how many conversations, and how they play.</summary>
/// <param name="Label">What the phase measures, for the report.</param>
/// <param name="Runners">Virtual runners, each playing one conversation after another.</param>
/// <param name="Duration">When no new turn starts any more.</param>
/// <param name="Play">Pauses and limits of each conversation.</param>
/// <param name="MaxConversations">Stop after this many conversations in all (null: only the duration bounds it).</param>
internal sealed record LoadPlan(string Label, int Runners, TimeSpan Duration, PlayOptions Play, int? MaxConversations = null);
