using System.ComponentModel;

namespace SpineBot.Content.Questions;

/// <summary>One question in questions.json.</summary>
[Description("One question in questions.json.")]
internal sealed record QuestionJson
{
    public string? Id { get; init; }

    [Description("The report slot the answer fills.")]
    public string? Slot { get; init; }

    [Description("\"symptoms\" or the id of the cause it is about.")]
    public string? About { get; init; }

    public string? Prompt { get; init; }

    public string? RetryPrompt { get; init; }

    [Description("The question in plainer words, said after \"what do you mean?\" or \"huh?\".")]
    public string? Plain { get; init; }

    [Description("The id of a choice set (or give \"number\").")]
    public string? Choices { get; init; }

    [Description("The range of a number answer (or give \"choices\").")]
    public NumberRangeJson? Number { get; init; }
}
