using System.ComponentModel;

namespace SpineBot.Content.Questions;

/// <summary>One choice of a choice set in questions.json.</summary>
[Description("One choice of a choice set in questions.json.")]
internal sealed record ChoiceJson
{
    [Description("The value the report slot takes.")]
    public string? Value { get; init; }

    [Description("The button's title.")]
    public string? Title { get; init; }

    public IReadOnlyList<string>? Synonyms { get; init; }

    [Description("How the choice reads inside a sentence.")]
    public string? Phrase { get; init; }
}
