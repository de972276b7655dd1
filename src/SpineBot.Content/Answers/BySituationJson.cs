using System.ComponentModel;
using System.Text.Json.Serialization;

namespace SpineBot.Content.Answers;

/// <summary>The answer by the runner's situation in answers.json.</summary>
[Description("The answer by the runner's situation in answers.json.")]
internal sealed record BySituationJson
{
    [JsonPropertyName("nothing-concerning")]
    public string? NothingConcerning { get; init; }

    [JsonPropertyName("worth-evaluating")]
    public string? WorthEvaluating { get; init; }

    [JsonPropertyName("urgent")]
    public string? Urgent { get; init; }
}
