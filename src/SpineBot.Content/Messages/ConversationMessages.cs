using SpineBot.Content.Templates;

namespace SpineBot.Content.Messages;

/// <summary>Everything the runner reads that is not a question, a cause or a warning sign (messages.json).</summary>
public sealed record ConversationMessages
{
    public required WelcomeMessages Welcome { get; init; }

    /// <summary>General information, not a diagnosis or medical advice.</summary>
    public required string Disclaimer { get; init; }

    /// <summary>Answer to "help".</summary>
    public required string Help { get; init; }

    /// <summary>Answer to "cancel".</summary>
    public required string Cancelled { get; init; }

    /// <summary>Answer to "start over".</summary>
    public required string StartingOver { get; init; }

    /// <summary>"I didn't catch that" openers, used in turn before repeating the question.</summary>
    public required IReadOnlyList<string> NotUnderstood { get; init; }

    /// <summary>
    /// The opener said before a question is asked again after the <paramref name="miss"/>-th reply the bot could not
    /// understand (the first for the first miss, the last one after that); <c>null</c> when there is none.
    /// </summary>
    public string? NotUnderstoodAfter(int miss) =>
        NotUnderstood.Count == 0 ? null : NotUnderstood[Math.Clamp(miss - 1, 0, NotUnderstood.Count - 1)];

    /// <summary>After three misses: "here's the clinic's number instead".</summary>
    public required string TooManyMisses { get; init; }

    /// <summary>Thanks the runner for their story before the follow-up questions.</summary>
    public required string StoryThanks { get; init; }

    /// <summary>The article's reassurance that a little soreness is normal.</summary>
    public required string Reassurance { get; init; }

    public required CauseMessages Causes { get; init; }

    public required SummaryMessages Summary { get; init; }

    public required ValueLabels Labels { get; init; }

    /// <summary>How lists are joined in sentences.</summary>
    public required ListWording Lists { get; init; }

    public required FeedbackMessages Feedback { get; init; }

    public required string Goodbye { get; init; }

    /// <summary>The dated safety net that ends every self-care answer.</summary>
    public required SafetyNetMessage SafetyNet { get; init; }

    /// <summary>Offers to start again.</summary>
    public required string StartAgainOffer { get; init; }

    /// <summary>The "start over" button.</summary>
    public required string StartAgainButton { get; init; }

    /// <summary>Said when a message has no text, before the question is asked again.</summary>
    public required string TextOnly { get; init; }

    /// <summary>Said once when the bot switches to this language because the runner wrote in it (says how to switch back).</summary>
    public required string SwitchedByWords { get; init; }

    /// <summary>Said when the runner asked for this language ("en español", "in English please").</summary>
    public required string SwitchedOnRequest { get; init; }

    /// <summary>Heads the list of what the bot understood from the runner's own words.</summary>
    public required string SayBack { get; init; }

    /// <summary>Says back what a correction changed ("Got it, I've updated that: {facts}."); <c>null</c> when the language has none yet.</summary>
    public MessageTemplate? Corrected { get; init; }

    /// <summary>The cause questions offered to persistent pain; <c>null</c> when the language has none yet.</summary>
    public PersistentPainOffer? PersistentPain { get; init; }

    /// <summary>"What do you know" and "forget me".</summary>
    public required MemoryMessages Memory { get; init; }

    /// <summary>What is kept and why ("privacy", "terms").</summary>
    public required string Privacy { get; init; }

    /// <summary>"Sorry, something went wrong on my side..."</summary>
    public required string Error { get; init; }

    /// <summary>Storage is unavailable: "please try again in a moment".</summary>
    public required string StorageUnavailable { get; init; }
}
