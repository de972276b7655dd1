namespace SpineBot.Conversation.Questions;

/// <summary>Which questions a run of the questions dialog asks.</summary>
internal enum QuestionPlanKind
{
    /// <summary>The symptom questions the story left open (<see cref="SymptomQuestionPlan"/>).</summary>
    Symptoms,

    /// <summary>The questions on the article's five causes (<see cref="CauseQuestionPlan"/>).</summary>
    Causes,
}
