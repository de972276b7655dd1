using System.ComponentModel;
namespace SpineBot.Content.Messages;

/// <summary>messages.json "labels": how slot values read in the summary.</summary>
[Description("messages.json \"labels\": how slot values read in the summary.")]
internal sealed record LabelsJson
{
    public IReadOnlyDictionary<string, string?>? Location { get; init; }

    public IReadOnlyDictionary<string, string?>? Side { get; init; }

    public IReadOnlyDictionary<string, string?>? Trend { get; init; }
}
