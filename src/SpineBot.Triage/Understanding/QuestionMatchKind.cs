namespace SpineBot.Triage.Understanding;

/// <summary>What the runner's message is, as far as their own questions go.</summary>
public enum QuestionMatchKind
{
    /// <summary>No question or aside: an answer, a story or a report, for the other readers.</summary>
    None,

    /// <summary>A question or aside with an answer in the content.</summary>
    Answer,

    /// <summary>A question the content has no answer for: say so, with the clinic's number.</summary>
    UnknownQuestion,
}
