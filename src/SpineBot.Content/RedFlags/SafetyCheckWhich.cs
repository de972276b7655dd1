using SpineBot.Content.Questions;

namespace SpineBot.Content.RedFlags;

/// <summary>
/// The follow-up of a safety check group that joins warning signs of different levels in one question
/// (red-flags.json "screening" "groups" "which"): asked after a "yes", one button per part, "both" and "not sure".
/// </summary>
/// <param name="Prompt">The follow-up question ("Which one is it?").</param>
/// <param name="Parts">The parts, each with its own level, source and reasons (their prompt is their button title).</param>
/// <param name="Choices">The answers: one per part (its value is the part's id), then "both" and "not sure".</param>
public sealed record SafetyCheckWhich(string Prompt, IReadOnlyList<SafetyCheckGroup> Parts, ChoiceSet Choices)
{
    /// <summary>The value of the "both" answer.</summary>
    public const string Both = "both";

    /// <summary>The value of the "not sure" answer.</summary>
    public const string Unsure = "unsure";

    /// <summary>The follow-up in plainer words, said after "what do you mean?" or "huh?".</summary>
    public string Plain { get; init; } = string.Empty;

    /// <summary>
    /// The parts an answer names: the one part picked, or every part for "both", "not sure" or no answer (play it safe).
    /// </summary>
    public IReadOnlyList<SafetyCheckGroup> PartsFor(string? value) =>
        Parts.FirstOrDefault(part => part.Id == value) is { } picked ? [picked] : Parts;
}
