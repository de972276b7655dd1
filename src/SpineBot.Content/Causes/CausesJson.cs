using SpineBot.Content.Loading;
using System.ComponentModel;

namespace SpineBot.Content.Causes;

/// <summary>causes.json: the article's causes and its general self-care.</summary>
[Description("causes.json: the article's causes and its general self-care.")]
internal sealed record CausesJson : ContentFileJson
{
    [Description("The article's causes, in the article's order.")]
    public IReadOnlyList<CauseJson?>? Causes { get; init; }

    [Description("The article's general self-care: no drug, no dose.")]
    public IReadOnlyList<string>? GeneralSelfCare { get; init; }
}
