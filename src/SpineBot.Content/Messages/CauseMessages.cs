using SpineBot.Content.Templates;

namespace SpineBot.Content.Messages;

/// <summary>How the bot introduces the causes that fit and their self-care.</summary>
public sealed record CauseMessages
{
    /// <summary>One cause fits; uses {cause} (the cause's phrase).</summary>
    public required MessageTemplate OneFits { get; init; }

    /// <summary>Several causes fit; uses {causes} (their phrases as a list).</summary>
    public required MessageTemplate SeveralFit { get; init; }

    /// <summary>Why it fits; uses {reasons} (a list).</summary>
    public required MessageTemplate WhyItFits { get; init; }

    /// <summary>Said honestly when no cause fits well, before the general advice.</summary>
    public required string NothingFitsWell { get; init; }

    /// <summary>Heads the one-line tip of each of the five causes, given when nothing fits well.</summary>
    public required string AllCausesIntro { get; init; }

    /// <summary>Introduces a cause's self-care steps.</summary>
    public required string SelfCareIntro { get; init; }

    /// <summary>Introduces the general self-care.</summary>
    public required string GeneralSelfCareIntro { get; init; }

    /// <summary>"Remember, this is general information, not a diagnosis."</summary>
    public required string NotADiagnosisReminder { get; init; }
}
