using System.ComponentModel;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Callback;

/// <summary>callback.json: the call-back request's questions and consent.</summary>
[Description("callback.json: the call-back request's questions and consent.")]
internal sealed record CallbackJson : ContentFileJson
{
    public string? Offer { get; init; }

    public string? NamePrompt { get; init; }

    public string? NameRetry { get; init; }

    public string? PhonePrompt { get; init; }

    public string? PhoneRetry { get; init; }

    public string? BestTimePrompt { get; init; }

    public string? BestTimeRetry { get; init; }

    public string? BestTimeChoices { get; init; }

    public string? Consent { get; init; }

    public string? ConsentPrompt { get; init; }

    public string? ConsentRetry { get; init; }

    public string? ConsentChoices { get; init; }

    public string? Declined { get; init; }

    public string? Confirmation { get; init; }
}
