using System.ComponentModel;
namespace SpineBot.Content.Messages;

/// <summary>messages.json "lists": how lists are joined.</summary>
[Description("messages.json \"lists\": how lists are joined.")]
internal sealed record ListsJson
{
    public string? Separator { get; init; }

    public string? FinalSeparator { get; init; }
}
