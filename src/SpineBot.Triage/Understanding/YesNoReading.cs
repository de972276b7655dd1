namespace SpineBot.Triage.Understanding;

/// <summary>What a short reply to a yes/no question says.</summary>
public enum YesNoReading
{
    /// <summary>Not an answer: a question, a correction, a story, or words the lists do not hold. Read it for content and ask again.</summary>
    NotAnAnswer,

    /// <summary>"yes", "ya", "yep pretty much", "every time".</summary>
    Yes,

    /// <summary>"no", "nope", "nah", "no not really", "never".</summary>
    No,

    /// <summary>"not sure", "idk", "dunno", "maybe".</summary>
    NotSure,

    /// <summary>
    /// "a bit", "kinda", "sometimes": a mild yes to a symptom question, but NEVER a yes to the safety check (treat it
    /// there like <see cref="NotSure"/>: play it safe and ask plainly).
    /// </summary>
    Partly,

    /// <summary>"ok", "got it", "fine": a yes to an offer ("would you like..."), not an answer to a symptom question.</summary>
    Acknowledgement,
}
