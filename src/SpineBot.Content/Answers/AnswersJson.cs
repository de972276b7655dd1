using SpineBot.Content.Loading;
using System.ComponentModel;

namespace SpineBot.Content.Answers;

/// <summary>answers.json: the runner's own questions and asides, and the short-answer lists.</summary>
[Description("answers.json: the runner's own questions and asides, and the short-answer lists.")]
internal sealed record AnswersJson : ContentFileJson
{
    [Description("Per source id: the source's full title.")]
    public IReadOnlyDictionary<string, string?>? Sources { get; init; }

    public QuestionFormJson? QuestionForm { get; init; }

    public IReadOnlyList<AnswerJson?>? Answers { get; init; }

    public UnknownQuestionJson? UnknownQuestion { get; init; }

    public ShortAnswersJson? ShortAnswers { get; init; }
}
