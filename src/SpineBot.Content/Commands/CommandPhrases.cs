namespace SpineBot.Content.Commands;

/// <summary>The phrases of one command: the whole message, or anywhere in it.</summary>
/// <param name="Exact">Phrases that are the command when they are the whole message.</param>
/// <param name="Contains">Phrases that are the command wherever they appear, as whole words.</param>
public sealed record CommandPhrases(IReadOnlyList<string> Exact, IReadOnlyList<string> Contains);
