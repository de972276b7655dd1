using System.ComponentModel;

namespace SpineBot.Content.RedFlags;

/// <summary>What one level says, in red-flags.json "levels".</summary>
[Description("What one level says, in red-flags.json \"levels\".")]
internal sealed record LevelJson
{
    public string? Title { get; init; }

    [Description("The message, with {reasons}.")]
    public string? Message { get; init; }

    public string? Action { get; init; }

    public string? Closing { get; init; }

    public string? CallButton { get; init; }

    public string? CallLink { get; init; }

    public string? Source { get; init; }
}
