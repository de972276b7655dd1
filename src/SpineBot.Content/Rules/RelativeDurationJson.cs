using System.ComponentModel;
namespace SpineBot.Content.Rules;

/// <summary>A relative duration in extraction.json ("since yesterday").</summary>
[Description("A relative duration in extraction.json (\"since yesterday\").")]
internal sealed record RelativeDurationJson
{
    public string? Pattern { get; init; }

    public double? Days { get; init; }

    public string? Phrase { get; init; }
}
