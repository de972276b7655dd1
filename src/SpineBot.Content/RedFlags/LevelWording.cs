using SpineBot.Content.Templates;
using SpineBot.Triage.Levels;

namespace SpineBot.Content.RedFlags;

/// <summary>What the bot says at one triage level (red-flags.json "levels").</summary>
public sealed record LevelWording
{
    /// <summary>The level.</summary>
    public required TriageLevel Level { get; init; }

    /// <summary>A short heading for the card.</summary>
    public required string Title { get; init; }

    /// <summary>"You mentioned {reasons}. ..." where {reasons} lists what was found.</summary>
    public required MessageTemplate Message { get; init; }

    /// <summary>What to do now ("Please call 911 now. Don't drive yourself.").</summary>
    public required string Action { get; init; }

    /// <summary>Said after the advice.</summary>
    public required string Closing { get; init; }

    /// <summary>The call button's text, or <c>null</c> when the level has no number to dial.</summary>
    public string? CallButton { get; init; }

    /// <summary>The link the call button dials ("tel:911", "tel:988").</summary>
    public string? CallLink { get; init; }

    /// <summary>The id of the clinical source for the level's advice.</summary>
    public required string Source { get; init; }
}
