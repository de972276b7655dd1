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

    /// <summary>The answers (yes / no / not sure).</summary>
    public required ChoiceSet Choices { get; init; }
}
