using System.ComponentModel;
namespace SpineBot.Content.RedFlags;

/// <summary>One group of the safety check in red-flags.json.</summary>
[Description("One group of the safety check in red-flags.json.")]
internal sealed record SafetyCheckGroupJson
{
    public string? Id { get; init; }

    [Description("The level a \"yes\" reaches (a group with \"which\" takes it from its parts).")]
    public string? Level { get; init; }

    [Description("The id of the clinical source of that level (a group with \"which\" takes it from its parts).")]
    public string? Source { get; init; }

    public string? Prompt { get; init; }

    [Description("The question in plainer words, said after \"what do you mean?\" or \"huh?\".")]
    public string? Plain { get; init; }

    [Description("What a \"yes\" means, said back in the level's advice (a group with \"which\" takes it from its parts).")]
    public string? Reasons { get; init; }

    [Description("For a group that joins signs of different levels: the follow-up after a \"yes\" asking which it is.")]
    public SafetyCheckWhichJson? Which { get; init; }
}
