using System.ComponentModel;
namespace SpineBot.Content.Answers;

/// <summary>answers.json "questionForm": what makes a clause a question.</summary>
[Description("answers.json \"questionForm\": what makes a clause a question.")]
internal sealed record QuestionFormJson
{
    public IReadOnlyList<string>? Fillers { get; init; }

    public IReadOnlyList<string>? Openers { get; init; }

    public IReadOnlyList<string>? Cues { get; init; }

    public IReadOnlyList<string>? Hints { get; init; }

    public IReadOnlyList<string>? StatementOpeners { get; init; }
}
