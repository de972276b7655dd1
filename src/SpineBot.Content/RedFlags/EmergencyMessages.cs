using SpineBot.Content.Templates;

namespace SpineBot.Content.RedFlags;

/// <summary>What the bot says when it finds a warning sign (red-flags.json "emergency").</summary>
public sealed record EmergencyMessages
{
    /// <summary>A short heading for the emergency card.</summary>
    public required string Title { get; init; }

    /// <summary>"You mentioned {flags}. ..." where {flags} lists the warning signs' descriptions.</summary>
    public required MessageTemplate Message { get; init; }

    /// <summary>Said instead of <see cref="Message"/> when the runner answered "yes" to the safety check.</summary>
    public required string ScreeningMessage { get; init; }

    /// <summary>"Please call 911 or go to the nearest emergency room now."</summary>
    public required string Action { get; init; }

    /// <summary>The call button's text.</summary>
    public required string CallButton { get; init; }

    /// <summary>What the bot says after the emergency advice.</summary>
    public required string Closing { get; init; }
}
