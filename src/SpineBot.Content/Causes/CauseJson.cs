using System.ComponentModel;

namespace SpineBot.Content.Causes;

/// <summary>One cause in causes.json.</summary>
[Description("One cause in causes.json.")]
internal sealed record CauseJson
{
    [Description("The cause's id, used by scoring.json and questions.json.")]
    public string? Id { get; init; }

    public string? Title { get; init; }

    [Description("The cause in a few words, for \"this may come from ...\".")]
    public string? Phrase { get; init; }

    public string? Explanation { get; init; }

    public IReadOnlyList<string>? SelfCare { get; init; }

    [Description("The prevention in one line.")]
    public string? PreventionTip { get; init; }

    [Description("Per fact id: the wordings of why the cause fits, most detailed first; the last needs no details.")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>?>? WhyItFits { get; init; }
}
