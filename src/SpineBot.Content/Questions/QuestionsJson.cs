using SpineBot.Content.Loading;
using System.ComponentModel;

namespace SpineBot.Content.Questions;

/// <summary>questions.json: the shared choice sets and the questions.</summary>
[Description("questions.json: the shared choice sets and the questions.")]
internal sealed record QuestionsJson : ContentFileJson
{
    [Description("The most cause questions the bot asks (1 to 10): the most telling first, then the explanation.")]
    public int? MostCauseQuestions { get; init; }

    [Description("The shared answer sets, by id.")]
    public IReadOnlyDictionary<string, IReadOnlyList<ChoiceJson?>?>? ChoiceSets { get; init; }

    [Description("The questions, in the order the bot asks them.")]
    public IReadOnlyList<QuestionJson?>? Questions { get; init; }
}
