using SpineBot.Content.Questions;

namespace SpineBot.Content.Messages;

/// <summary>
/// After the say-back, for pain that sounds persistent: the cause questions offered, not imposed (messages.json
/// "persistentPain"). The choices' values are <see cref="Questions"/> and <see cref="Clinic"/>.
/// </summary>
public sealed record PersistentPainOffer
{
    /// <summary>The value of "go through a few questions about running causes".</summary>
    public const string Questions = "questions";

    /// <summary>The value of "get the clinic's number".</summary>
    public const string Clinic = "clinic";

    /// <summary>The question offering the two ways on.</summary>
    public required string Prompt { get; init; }

    /// <summary>The question in plainer words, after "what do you mean?".</summary>
    public required string Plain { get; init; }

    /// <summary>The two answers, with their typed synonyms.</summary>
    public required ChoiceSet Choices { get; init; }
}
