namespace SpineBot.Content.Messages;

/// <summary>The welcome: who the bot is, that it is not a diagnosis, and what to do in an emergency.</summary>
public sealed record WelcomeMessages
{
    /// <summary>Who the bot is.</summary>
    public required string Greeting { get; init; }

    /// <summary>What the bot can do.</summary>
    public required string Purpose { get; init; }

    /// <summary>General information, not a diagnosis.</summary>
    public required string NotADiagnosis { get; init; }

    /// <summary>"If this is an emergency, call 911."</summary>
    public required string Emergency { get; init; }

    /// <summary>Invites the runner to tell their story.</summary>
    public required string StartPrompt { get; init; }

    /// <summary>The invitation in plainer words, after "what do you mean?" or a reply that tells no story ("no", "ok").</summary>
    public required string StartPromptPlain { get; init; }

    /// <summary>Words that make a short reply to the invitation a story ("back hurts"), lower case.</summary>
    public required IReadOnlyList<string> StoryWords { get; init; }
}
