namespace SpineBot.Triage.Levels;

/// <summary>
/// What the bot tells a runner to do, from least to most urgent (Infermedica's five levels plus a crisis line).
/// Content names: "self-care", "consultation", "consultation-24h", "emergency", "emergency-ambulance", "crisis".
/// </summary>
public enum TriageLevel
{
    /// <summary>The article's causes and self-care, with a dated safety net and the clinic's number.</summary>
    SelfCare = 0,

    /// <summary>Have it evaluated: the clinic or the runner's doctor.</summary>
    Consultation = 1,

    /// <summary>See a doctor today or within 24 hours (urgent care if the clinic is closed).</summary>
    Consultation24h = 2,

    /// <summary>Go to the emergency department now (call 911 if you can't get there).</summary>
    Emergency = 3,

    /// <summary>Call 911 now; don't drive yourself.</summary>
    EmergencyAmbulance = 4,

    /// <summary>Call or text 988 (Suicide &amp; Crisis Lifeline); 911 if in immediate danger.</summary>
    Crisis = 5,
}
