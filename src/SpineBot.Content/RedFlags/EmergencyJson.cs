using System.ComponentModel;
namespace SpineBot.Content.RedFlags;

/// <summary>red-flags.json "emergency": the emergency wording.</summary>
[Description("red-flags.json \"emergency\": the emergency wording.")]
internal sealed record EmergencyJson
{
    public string? Title { get; init; }

    public string? Message { get; init; }

    public string? ScreeningMessage { get; init; }

    public string? Action { get; init; }

    public string? CallButton { get; init; }

    public string? Closing { get; init; }
}
