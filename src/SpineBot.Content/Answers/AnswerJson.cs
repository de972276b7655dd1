using System.ComponentModel;
using System.Text.Json.Serialization;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Answers;

/// <summary>One answer in answers.json.</summary>
[Description("One answer in answers.json.")]
internal sealed record AnswerJson
{
    public string? Id { get; init; }

    [JsonConverter(typeof(OneOrManyTextsConverter))]
    [Description("One source id, or a list of them.")]
    public IReadOnlyList<string>? Source { get; init; }

    public IReadOnlyList<string>? Phrases { get; init; }

    public IReadOnlyList<string>? Patterns { get; init; }

    public IReadOnlyList<string>? Anywhere { get; init; }

    public IReadOnlyList<string>? Alone { get; init; }

    public IReadOnlyList<string>? Exceptions { get; init; }

    [Description("The answer (or give \"bySituation\").")]
    public string? Answer { get; init; }

    public BySituationJson? BySituation { get; init; }

    [Description("\"address\", \"hours\" or \"insurance\": the clinic detail the answer gives as {fact}.")]
    public string? Fact { get; init; }

    [Description("The answer while the clinic detail is not known.")]
    public string? WhenUnknown { get; init; }
}
