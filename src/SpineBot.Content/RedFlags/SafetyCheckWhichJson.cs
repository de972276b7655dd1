using System.ComponentModel;
namespace SpineBot.Content.RedFlags;

/// <summary>red-flags.json: the "which" follow-up of a safety check group that joins signs of different levels.</summary>
[Description("The follow-up after a \"yes\" that asks which part it is: one button per part, then \"both\" and \"not sure\".")]
internal sealed record SafetyCheckWhichJson
{
    public string? Prompt { get; init; }

    [Description("The follow-up in plainer words, said after \"what do you mean?\" or \"huh?\".")]
    public string? Plain { get; init; }

    [Description("At least two parts, each with its own level, source and reasons.")]
    public IReadOnlyList<SafetyCheckPartJson?>? Parts { get; init; }

    [Description("The \"both\" answer: every part's reasons at the highest part's level.")]
    public SafetyCheckAnswerJson? Both { get; init; }

    [Description("The \"not sure\" answer: treated like \"both\".")]
    public SafetyCheckAnswerJson? Unsure { get; init; }
}
