using System.ComponentModel;

namespace SpineBot.Content.Causes;

/// <summary>One cause's scoring rule in scoring.json.</summary>
[Description("One cause's scoring rule in scoring.json.")]
internal sealed record CauseScoringJson
{
    [Description("The id of a cause in causes.json.")]
    public string? Cause { get; init; }

    [Description("Per fact id: its weight, a whole number other than 0.")]
    public IReadOnlyDictionary<string, int?>? Facts { get; init; }

    [Description("The score at which the cause fits well (1-100).")]
    public int? MinimumScore { get; init; }
}
