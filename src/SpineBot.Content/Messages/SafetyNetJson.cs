using System.ComponentModel;

namespace SpineBot.Content.Messages;

/// <summary>messages.json "safetyNet": the dated self-care safety net.</summary>
[Description("messages.json \"safetyNet\": the dated self-care safety net.")]
internal sealed record SafetyNetJson
{
    [Description("The text, with {date}.")]
    public string? Text { get; init; }

    [Description("Days from today to the date said (1-28).")]
    public int? Days { get; init; }

    [Description("A .NET date format.")]
    public string? DateFormat { get; init; }

    [Description("The clinic's time zone id.")]
    public string? TimeZone { get; init; }
}
