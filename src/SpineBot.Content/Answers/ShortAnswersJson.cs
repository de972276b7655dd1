using System.ComponentModel;
namespace SpineBot.Content.Answers;

/// <summary>answers.json "shortAnswers": the short-answer lists.</summary>
[Description("answers.json \"shortAnswers\": the short-answer lists.")]
internal sealed record ShortAnswersJson
{
    public IReadOnlyList<string>? Yes { get; init; }

    public IReadOnlyList<string>? No { get; init; }

    public IReadOnlyList<string>? NotSure { get; init; }

    public IReadOnlyList<string>? Partly { get; init; }

    public IReadOnlyList<string>? Acknowledgement { get; init; }

    public IReadOnlyList<string>? Fillers { get; init; }

    public IReadOnlyList<string>? Corrections { get; init; }

    public IReadOnlyList<string>? Qualifiers { get; init; }

    public RunFrequencyWordsJson? Frequency { get; init; }
}
