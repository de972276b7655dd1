using System.ComponentModel;
namespace SpineBot.Content.RedFlags;

/// <summary>One group of the safety check in red-flags.json.</summary>
[Description("One group of the safety check in red-flags.json.")]
internal sealed record SafetyCheckGroupJson
{
    public string? Id { get; init; }

    public string? Level { get; init; }

    public string? Source { get; init; }

    public string? Prompt { get; init; }

    public string? Reasons { get; init; }
}
