using SpineBot.Content.Questions;

namespace SpineBot.Content.RedFlags;

/// <summary>The yes/no safety check listing the warning signs (red-flags.json "screening").</summary>
public sealed record SafetyCheckQuestion
{
    /// <summary>The question.</summary>
    public required string Prompt { get; init; }

    /// <summary>The question again, after an answer the bot did not understand.</summary>
    public required string RetryPrompt { get; init; }

    /// <summary>Said when the runner is not sure: play it safe, then carry on (the clinic's number follows at the end).</summary>
    public required string UnsureMessage { get; init; }

    /// <summary>Said before a group is asked again, when a reply was no answer and asked nothing the bot can answer.</summary>
    public string Nudge { get; init; } = string.Empty;

    /// <summary>The short yes/no groups, asked one after another (none: <see cref="Prompt"/> is asked alone).</summary>
    public IReadOnlyList<SafetyCheckGroup> Groups { get; init; } = [];

    /// <summary>The answers (yes / no / not sure).</summary>
    public required ChoiceSet Choices { get; init; }

    /// <summary>What the bot says first: the introduction and the first group (or the prompt alone).</summary>
    public string FirstQuestion => Groups.Count > 0 ? $"{Prompt} {Groups[0].Prompt}" : Prompt;

    /// <summary>Whether <paramref name="text"/> is the safety check asking one of its groups.</summary>
    public bool Asks(string? text) =>
        text is not null && (text == FirstQuestion || Groups.Any(group => string.Equals(group.Prompt, text, StringComparison.Ordinal)));

    /// <summary>Whether <paramref name="text"/> is the follow-up of a group asking which of its parts it is.</summary>
    public bool AsksWhich(string? text) =>
        text is not null && Groups.Any(group => string.Equals(group.Which?.Prompt, text, StringComparison.Ordinal));
}
