using SpineBot.Triage.Levels;

namespace SpineBot.Conversation.State;

/// <summary>
/// What the safety screen keeps for the whole conversation (survives "start over"; "forget me" clears it): the risk
/// factors a later message may combine with, the highest level advised and why, and the advice that holds (the latch).
/// Holds ids and content descriptions, never the runner's words.
/// </summary>
internal sealed class SafetyRecord
{
    /// <summary>Flag and risk-factor ids some combination uses, passed back to the screen as remembered factors.</summary>
    public List<string> RememberedFactors { get; set; } = [];

    /// <summary>The highest level advised so far in the conversation.</summary>
    public TriageLevel HighestLevel { get; set; } = TriageLevel.SelfCare;

    /// <summary>The finding ids behind <see cref="HighestLevel"/>.</summary>
    public List<string> Reasons { get; set; } = [];

    /// <summary>The level whose advice holds (crisis, emergency-ambulance or emergency), or null.</summary>
    public TriageLevel? Latched { get; set; }

    /// <summary>What was found, in the content's words, for the repeated advice.</summary>
    public List<string> LatchedReasons { get; set; } = [];

    /// <summary>The runner started over while the advice held: a "no" at the safety check lets it go.</summary>
    public bool LetGoAtSafetyCheck { get; set; }
}
