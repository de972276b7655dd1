namespace SpineBot.Conversation.Handoff;

/// <summary>Why the clinic's details are shown.</summary>
internal enum HandoffTrigger
{
    /// <summary>The runner asked ("talk to the clinic", "phone number", "book an appointment").</summary>
    Asked,

    /// <summary>The pain sounds persistent (the clinic hand-off rule recommends it).</summary>
    Recommended,

    /// <summary>The runner was not sure about the warning signs.</summary>
    SafetyUnsure,

    /// <summary>A warning sign that needs a doctor today or within 24 hours (consultation-24h).</summary>
    CareToday,
}
