using System.ComponentModel;
namespace SpineBot.Content.RedFlags;

/// <summary>red-flags.json: one part of a safety check group with "which".</summary>
[Description("One part of a safety check group with \"which\".")]
internal sealed record SafetyCheckPartJson
{
    public string? Id { get; init; }

    public string? Level { get; init; }

    public string? Source { get; init; }

    [Description("The part's button title.")]
    public string? Title { get; init; }

    [Description("Words a runner may type for this part.")]
    public IReadOnlyList<string>? Synonyms { get; init; }

    [Description("What this part means, said back in the level's advice.")]
    public string? Reasons { get; init; }
}
