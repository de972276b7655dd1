using SpineBot.Content.Templates;
using SpineBot.Triage.Handoff;

namespace SpineBot.Content.Handoff;

/// <summary>How the bot recommends the clinic and offers its number (handoff.json).</summary>
public sealed class HandoffContent
{
    private readonly ListWording _lists;

    internal HandoffContent(HandoffWording wording, ListWording lists)
    {
        Wording = wording;
        _lists = lists;
    }

    /// <summary>The texts and buttons.</summary>
    public HandoffWording Wording { get; }

    /// <summary>Each reason as a short clause ("it's getting worse"), in the assessment's order.</summary>
    public IReadOnlyList<string> ReasonsFor(HandoffAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment.ReasonIds
            .Select(id => Wording.Reasons.TryGetValue(id, out var wordings)
                ? wordings.FirstOrDefault(wording => wording.CanRender(assessment.Details))?.Render(assessment.Details)
                : null)
            .OfType<string>()
            .ToList();
    }

    /// <summary>
    /// The recommendation ("... have it looked at by your doctor or a Santa Monica back surgeon ..."), worded for
    /// "soon, within days" when the assessment says so; <c>null</c> when the assessment recommends nothing.
    /// </summary>
    public string? RecommendationFor(HandoffAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var reasons = ReasonsFor(assessment);
        return assessment.IsRecommended && reasons.Count > 0
            ? (assessment.IsSoon ? Wording.RecommendationSoon : Wording.Recommendation).Render("reasons", _lists.Join(reasons))
            : null;
    }
}
