using SpineBot.Triage.Levels;

namespace SpineBot.Triage.RedFlags;

/// <summary>The result of screening one message for warning signs.</summary>
public sealed record RedFlagVerdict
{
    /// <summary>A verdict with no warning signs.</summary>
    public static RedFlagVerdict None { get; } = new();

    /// <summary>The most urgent level the findings need; <see cref="TriageLevel.SelfCare"/> when none.</summary>
    public TriageLevel Level { get; init; } = TriageLevel.SelfCare;

    /// <summary>The warning signs and combinations found, most urgent first.</summary>
    public IReadOnlyList<RedFlagFinding> Findings { get; init; } = [];

    /// <summary>The risk factors found in this message (ids).</summary>
    public IReadOnlyList<string> RiskFactors { get; init; } = [];

    /// <summary>
    /// The flag and risk-factor ids found in this message that a combination uses: the caller keeps them for the
    /// conversation and passes them back as remembered factors, so "I'm on steroids" and later "I slipped" combine.
    /// </summary>
    public IReadOnlyList<string> FactorsToRemember { get; init; } = [];

    /// <summary>Whether the safety latch holds (crisis, emergency-ambulance, emergency).</summary>
    public bool IsLatching => Level.IsLatching();

    /// <summary>Whether the runner should hear from a doctor today or sooner (consultation-24h and above).</summary>
    public bool NeedsCareToday => Level >= TriageLevel.Consultation24h;

    /// <summary>The ids of the findings, most urgent first.</summary>
    public IReadOnlyList<string> FlagIds => Findings.Select(finding => finding.Id).ToList();
}
