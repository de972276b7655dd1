namespace SpineBot.Content.Questions;

/// <summary>The questions the bot may ask, in order, and their shared answer sets (questions.json).</summary>
public sealed class IntakeQuestions
{
    internal IntakeQuestions(string language, IReadOnlyList<QuestionContent> questions, IReadOnlyDictionary<string, ChoiceSet> choiceSets, int mostCauseQuestions)
    {
        Language = language;
        All = questions;
        ChoiceSets = choiceSets;
        MostCauseQuestions = mostCauseQuestions;
    }

    /// <summary>The language the questions are asked in ("en"): numbers are read in it.</summary>
    public string Language { get; }

    /// <summary>The questions, in the order the bot asks them.</summary>
    public IReadOnlyList<QuestionContent> All { get; }

    /// <summary>The shared answer sets, by id ("yes-no", "back-region", ...).</summary>
    public IReadOnlyDictionary<string, ChoiceSet> ChoiceSets { get; }

    /// <summary>
    /// The most cause questions the bot asks ("mostCauseQuestions"): the most telling first, and after that many answers
    /// the explanation says what fits or, honestly, that nothing clearly does.
    /// </summary>
    public int MostCauseQuestions { get; }

    /// <summary>A question by id.</summary>
    /// <exception cref="KeyNotFoundException">No question has that id.</exception>
    public QuestionContent Question(string id) =>
        All.FirstOrDefault(question => question.Id == id) ?? throw new KeyNotFoundException($"No question '{id}'.");
}
