using System.ComponentModel;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Causes;

/// <summary>scoring.json: which facts count for each cause.</summary>
[Description("scoring.json: which facts count for each cause.")]
internal sealed record ScoringJson : ContentFileJson
{
    public IReadOnlyList<CauseScoringJson?>? Causes { get; init; }
}
