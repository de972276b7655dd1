namespace SpineBot.Triage.Understanding;

/// <summary>The kind of question a short reply answers; it decides what "ok" means.</summary>
public enum ShortAnswerUse
{
    /// <summary>A question about the runner's pain: "ok" is an <see cref="YesNoReading.Acknowledgement"/>, not an answer.</summary>
    Symptom,

    /// <summary>The warning-sign check: "ok" is an acknowledgement and "a bit" is <see cref="YesNoReading.Partly"/>, never yes.</summary>
    SafetyCheck,

    /// <summary>An offer ("would you like a call back?"): "ok", "sure", "sounds good" are yes.</summary>
    Offer,
}
