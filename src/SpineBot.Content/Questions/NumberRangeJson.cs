using System.ComponentModel;
namespace SpineBot.Content.Questions;

/// <summary>The range of a number answer in questions.json.</summary>
[Description("The range of a number answer in questions.json.")]
internal sealed record NumberRangeJson
{
    public int? Min { get; init; }

    public int? Max { get; init; }
}
