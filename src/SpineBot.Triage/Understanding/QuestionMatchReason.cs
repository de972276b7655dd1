namespace SpineBot.Triage.Understanding;

/// <summary>Why a message was matched to an answer (never the message text itself).</summary>
public enum QuestionMatchReason
{
    /// <summary>Nothing matched and the message is not a question.</summary>
    NotAQuestion,

    /// <summary>The whole message is one of the answer's "alone" phrases ("address").</summary>
    WholeMessage,

    /// <summary>One of the answer's "anywhere" patterns is in the message ("are you a bot").</summary>
    SaidAnywhere,

    /// <summary>A clause that is a question names one of the answer's phrases or patterns ("is ice good?").</summary>
    AskedInQuestion,

    /// <summary>A clause is plainly a question, but no answer's words are in it.</summary>
    NoAnswerForQuestion,
}
