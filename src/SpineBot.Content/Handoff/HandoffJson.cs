using SpineBot.Content.Loading;
using System.ComponentModel;

namespace SpineBot.Content.Handoff;

/// <summary>handoff.json: when lingering pain should be evaluated, how soon, and the hand-off wording.</summary>
[Description("handoff.json: when lingering pain should be evaluated, how soon, and the hand-off wording.")]
internal sealed record HandoffJson : ContentFileJson
{
    public HandoffThresholdsJson? Thresholds { get; init; }

    [Description("The combinations of reasons that mean \"soon, within days\".")]
    public IReadOnlyList<SoonJson?>? Soon { get; init; }

    [Description("Per hand-off reason: the wordings, most detailed first; the last needs no details.")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>?>? Reasons { get; init; }

    public string? Recommendation { get; init; }

    public string? RecommendationSoon { get; init; }

    public string? LingeringNote { get; init; }

    public string? Offer { get; init; }

    public string? CallButton { get; init; }

    public string? CallbackButton { get; init; }

    public string? NoThanksButton { get; init; }

    public string? Contact { get; init; }
}
