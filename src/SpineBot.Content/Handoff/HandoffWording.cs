using SpineBot.Content.Templates;

namespace SpineBot.Content.Handoff;

/// <summary>The texts of handoff.json.</summary>
public sealed record HandoffWording
{
    /// <summary>Lingering pain: "have it looked at by your doctor or a Santa Monica back surgeon ... because {reasons}".</summary>
    public required MessageTemplate Recommendation { get; init; }

    /// <summary>Severe and worsening pain: "have it looked at soon, within the next few days ... because {reasons}".</summary>
    public required MessageTemplate RecommendationSoon { get; init; }

    /// <summary>For each reason id, the ways to say it; the first whose details are known is used.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<MessageTemplate>> Reasons { get; init; }

    /// <summary>The article's advice that lingering pain should be checked.</summary>
    public required string LingeringNote { get; init; }

    /// <summary>"You can call ... at 310-828-7757, or I can ask them to call you back."</summary>
    public required string Offer { get; init; }

    /// <summary>The call button's text.</summary>
    public required string CallButton { get; init; }

    /// <summary>The call-back button's text.</summary>
    public required string CallbackButton { get; init; }

    /// <summary>The decline button's text.</summary>
    public required string NoThanksButton { get; init; }

    /// <summary>The clinic's contact line, for "talk to the clinic" / "phone number" at any time.</summary>
    public required string Contact { get; init; }
}
