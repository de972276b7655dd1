using System.ComponentModel;
namespace SpineBot.Content.Answers;

/// <summary>answers.json "shortAnswers.frequency": the words for how often.</summary>
[Description("answers.json \"shortAnswers.frequency\": the words for how often.")]
internal sealed record RunFrequencyWordsJson
{
    public IReadOnlyList<string>? Always { get; init; }

    public IReadOnlyList<string>? Often { get; init; }

    public IReadOnlyList<string>? Sometimes { get; init; }

    public IReadOnlyList<string>? Rarely { get; init; }

    public IReadOnlyList<string>? Never { get; init; }
}
