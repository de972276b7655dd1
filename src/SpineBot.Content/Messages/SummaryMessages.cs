using SpineBot.Content.Templates;

namespace SpineBot.Content.Messages;

/// <summary>The lines of the end-of-conversation summary; a line is left out when its fact is unknown.</summary>
public sealed record SummaryMessages
{
    public required string Title { get; init; }

    /// <summary>Uses {location}.</summary>
    public required MessageTemplate Location { get; init; }

    /// <summary>Uses {side}.</summary>
    public required MessageTemplate Side { get; init; }

    /// <summary>Uses {severity}.</summary>
    public required MessageTemplate Severity { get; init; }

    /// <summary>Uses {duration}.</summary>
    public required MessageTemplate Duration { get; init; }

    /// <summary>Uses {trend}.</summary>
    public required MessageTemplate Trend { get; init; }

    public required string LegSymptoms { get; init; }

    public required string AfterEveryRun { get; init; }

    /// <summary>Uses {causes} (titles as a list).</summary>
    public required MessageTemplate LikelyCauses { get; init; }

    public required string NoLikelyCause { get; init; }

    /// <summary>Uses {reasons} (a list).</summary>
    public required MessageTemplate HandoffRecommended { get; init; }

    /// <summary>Uses {reasons} (a list); when it should be seen soon, within days.</summary>
    public required MessageTemplate HandoffSoon { get; init; }

    public required string NoHandoff { get; init; }
}
