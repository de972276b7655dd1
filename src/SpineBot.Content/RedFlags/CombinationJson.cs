using System.ComponentModel;

namespace SpineBot.Content.RedFlags;

/// <summary>One combination of flags and risk factors in red-flags.json.</summary>
[Description("One combination of flags and risk factors in red-flags.json.")]
internal sealed record CombinationJson
{
    public string? Id { get; init; }

    [Description("The flags and risk factors that together raise the level.")]
    public IReadOnlyList<string>? When { get; init; }

    public string? Level { get; init; }

    public string? Source { get; init; }

    public string? Description { get; init; }
}
