namespace SpineBot.Triage.Language;

/// <summary>What the runner does with a clause.</summary>
public enum ClauseKind
{
    /// <summary>Tells something ("my groin is numb").</summary>
    Statement,

    /// <summary>A bare answer ("yes", "no", "not sure").</summary>
    Answer,

    /// <summary>Asks something ("what does saddle numbness mean?", "is that bad?").</summary>
    Question,

    /// <summary>Corrects something said before ("actually three weeks", "I meant my sister").</summary>
    Correction,

    /// <summary>Tells the bot to do something ("start over", "tell me more").</summary>
    Command,
}
