using System.ComponentModel;

namespace SpineBot.Content.RedFlags;

/// <summary>One warning sign in red-flags.json.</summary>
[Description("One warning sign in red-flags.json.")]
internal sealed record FlagJson
{
    public string? Id { get; init; }

    [Description("The triage level above self-care.")]
    public string? Level { get; init; }

    [Description("The id of a source in \"sources\".")]
    public string? Source { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? Patterns { get; init; }

    public IReadOnlyList<string>? Exceptions { get; init; }

    [Description("Whether it counts when it happened in the past.")]
    public bool? CountsWhenPast { get; init; }
}
