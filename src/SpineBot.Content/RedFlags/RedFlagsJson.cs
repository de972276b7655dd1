using SpineBot.Content.Loading;
using System.ComponentModel;

namespace SpineBot.Content.RedFlags;

/// <summary>red-flags.json: the warning signs, levels, emergency wording, safety check and latch.</summary>
[Description("red-flags.json: the warning signs, levels, emergency wording, safety check and latch.")]
internal sealed record RedFlagsJson : ContentFileJson
{
    [Description("Per source id: the full citation title.")]
    public IReadOnlyDictionary<string, string?>? Sources { get; init; }

    [Description("Named pattern pieces ({cannot}) the patterns may use.")]
    public IReadOnlyDictionary<string, string?>? Words { get; init; }

    public IReadOnlyList<FlagJson?>? Flags { get; init; }

    public IReadOnlyList<RiskFactorJson?>? RiskFactors { get; init; }

    public IReadOnlyList<CombinationJson?>? Combinations { get; init; }

    [Description("Per level above self-care: what it says.")]
    public IReadOnlyDictionary<string, LevelJson?>? Levels { get; init; }

    public EmergencyJson? Emergency { get; init; }

    public ScreeningJson? Screening { get; init; }

    public LatchJson? Latch { get; init; }
}
