using System.ComponentModel;
namespace SpineBot.Content.RedFlags;

/// <summary>One risk factor in red-flags.json.</summary>
[Description("One risk factor in red-flags.json.")]
internal sealed record RiskFactorJson
{
    public string? Id { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? Patterns { get; init; }

    public IReadOnlyList<string>? Exceptions { get; init; }

    public bool? CountsWhenPast { get; init; }
}
