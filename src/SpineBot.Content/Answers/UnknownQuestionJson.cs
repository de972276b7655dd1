using System.ComponentModel;
using System.Text.Json.Serialization;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Answers;

/// <summary>answers.json "unknownQuestion": the answer to a question the bot cannot answer.</summary>
[Description("answers.json \"unknownQuestion\": the answer to a question the bot cannot answer.")]
internal sealed record UnknownQuestionJson
{
    public string? Answer { get; init; }

    [JsonConverter(typeof(OneOrManyTextsConverter))]
    [Description("One source id, or a list of them.")]
    public IReadOnlyList<string>? Source { get; init; }
}
