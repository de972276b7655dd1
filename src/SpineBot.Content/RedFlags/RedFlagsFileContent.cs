using SpineBot.Triage.Levels;
using SpineBot.Triage.RedFlags;

namespace SpineBot.Content.RedFlags;

/// <summary>What red-flags.json holds, before it is combined with the other files.</summary>
internal sealed record RedFlagsFileContent(
    RedFlagRuleSet Rules,
    IReadOnlyDictionary<string, string> Descriptions,
    IReadOnlyDictionary<string, string> Sources,
    IReadOnlyDictionary<TriageLevel, LevelWording> Levels,
    EmergencyMessages Emergency,
    SafetyCheckQuestion? SafetyCheck)
{
    /// <summary>The latch's wording, if the content has it.</summary>
    public LatchWording? Latch { get; init; }
}
