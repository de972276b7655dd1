using System.ComponentModel;
namespace SpineBot.Content.RedFlags;

/// <summary>red-flags.json: the "both" or "not sure" answer of a safety check group's "which" follow-up.</summary>
[Description("A button of the \"which\" follow-up: its title and the words a runner may type for it.")]
internal sealed record SafetyCheckAnswerJson
{
    public string? Title { get; init; }

    public IReadOnlyList<string>? Synonyms { get; init; }
}
