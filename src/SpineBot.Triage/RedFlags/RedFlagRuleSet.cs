namespace SpineBot.Triage.RedFlags;

/// <summary>Everything the red-flag screen checks, from one language's red-flags.json.</summary>
/// <param name="Flags">The warning signs, each with its own level.</param>
/// <param name="RiskFactors">What raises a level only in a combination.</param>
/// <param name="Combinations">The combinations and the level each needs.</param>
public sealed record RedFlagRuleSet(
    IReadOnlyList<RedFlagRule> Flags,
    IReadOnlyList<RiskFactorRule> RiskFactors,
    IReadOnlyList<RedFlagCombination> Combinations)
{
    /// <summary>Named pattern pieces the rules' patterns may use as <c>{name}</c> (e.g. <c>{cannot}</c>).</summary>
    public IReadOnlyDictionary<string, string> Words { get; init; } = new Dictionary<string, string>();
}
