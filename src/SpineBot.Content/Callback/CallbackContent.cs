using SpineBot.Content.Questions;
using SpineBot.Content.Templates;

namespace SpineBot.Content.Callback;

/// <summary>The call-back request: its questions and the consent text (callback.json).</summary>
public sealed record CallbackContent
{
    /// <summary>"Would you like The Spine Institute to call you back?"</summary>
    public required string Offer { get; init; }

    /// <summary>Asks for the runner's name.</summary>
    public required string NamePrompt { get; init; }

    /// <summary>Asks again for the name.</summary>
    public required string NameRetry { get; init; }

    /// <summary>Asks for the phone number; uses {name}.</summary>
    public required MessageTemplate PhonePrompt { get; init; }

    /// <summary>Asks again for a valid phone number.</summary>
    public required string PhoneRetry { get; init; }

    /// <summary>Asks for the best time to call.</summary>
    public required string BestTimePrompt { get; init; }

    /// <summary>Asks again for the best time.</summary>
    public required string BestTimeRetry { get; init; }

    /// <summary>The best-time answers.</summary>
    public required ChoiceSet BestTimeChoices { get; init; }

    /// <summary>What is kept and why.</summary>
    public required string Consent { get; init; }

    /// <summary>Asks for consent.</summary>
    public required string ConsentPrompt { get; init; }

    /// <summary>Asks again for consent.</summary>
    public required string ConsentRetry { get; init; }

    /// <summary>The consent answers (yes / no).</summary>
    public required ChoiceSet ConsentChoices { get; init; }

    /// <summary>Said when the runner declines.</summary>
    public required string Declined { get; init; }

    /// <summary>Confirms the request; uses {name}, {phone} and {bestTime}.</summary>
    public required MessageTemplate Confirmation { get; init; }
}
