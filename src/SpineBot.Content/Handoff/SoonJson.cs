using System.ComponentModel;

namespace SpineBot.Content.Handoff;

/// <summary>One combination of reasons in handoff.json "soon".</summary>
[Description("One combination of reasons in handoff.json \"soon\".")]
internal sealed record SoonJson
{
    public string? Id { get; init; }

    [Description("The hand-off reasons that together mean \"soon\".")]
    public IReadOnlyList<string>? When { get; init; }

    [Description("The clinical source.")]
    public string? Source { get; init; }
}
