using System.ComponentModel;

namespace SpineBot.Content.RedFlags;

/// <summary>red-flags.json "latch": the wording while emergency or crisis advice holds.</summary>
[Description("red-flags.json \"latch\": the wording while emergency or crisis advice holds.")]
internal sealed record LatchJson
{
    [Description("Per latching level: why the advice holds, with {reasons}.")]
    public IReadOnlyDictionary<string, string?>? Why { get; init; }

    public IReadOnlyList<string>? LetGoCues { get; init; }

    public string? Repeat { get; init; }

    public string? Afterwards { get; init; }

    public string? LetGo { get; init; }
}
