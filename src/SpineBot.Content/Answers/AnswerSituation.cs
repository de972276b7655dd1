namespace SpineBot.Content.Answers;

/// <summary>How the triage stands so far; "is it serious?" is answered differently for each.</summary>
public enum AnswerSituation
{
    /// <summary>Nothing concerning so far (self-care).</summary>
    NothingConcerning,

    /// <summary>Worth having it evaluated (consultation, consultation within 24 hours).</summary>
    WorthEvaluating,

    /// <summary>Urgent: an emergency or crisis was advised.</summary>
    Urgent,
}
