using SpineBot.Triage.RedFlags;

namespace SpineBot.Content.RedFlags;

/// <summary>What red-flags.json holds, before it is combined with the other files.</summary>
internal sealed record RedFlagsFileContent(
    IReadOnlyList<RedFlagRule> Rules,
    IReadOnlyDictionary<string, string> Descriptions,
    EmergencyMessages Emergency,
    SafetyCheckQuestion? SafetyCheck);
