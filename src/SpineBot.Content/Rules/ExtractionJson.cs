using SpineBot.Content.Loading;
using System.ComponentModel;

namespace SpineBot.Content.Rules;

/// <summary>extraction.json: the vocabulary for reading a runner's free text into facts.</summary>
[Description("extraction.json: the vocabulary for reading a runner's free text into facts.")]
internal sealed record ExtractionJson : ContentFileJson
{
    [Description("Number words and their value.")]
    public IReadOnlyDictionary<string, double?>? NumberWords { get; init; }

    [Description("Quantity words (\"a couple\") and their value.")]
    public IReadOnlyDictionary<string, double?>? QuantityWords { get; init; }

    [Description("Per unit (hours, days, weeks, months, years): its words.")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>?>? DurationUnits { get; init; }

    [Description("Per weekday (monday...): its words.")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>?>? Weekdays { get; init; }

    [Description("Per distance unit: its words.")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>?>? DistanceUnits { get; init; }

    [Description("Patterns for a pain score; each captures (?<n>...).")]
    public IReadOnlyList<string>? Severity { get; init; }

    public DurationJson? Duration { get; init; }

    [Description("Patterns for a change in mileage; they capture (?<before>...) and (?<after>...).")]
    public IReadOnlyList<string>? Mileage { get; init; }

    [Description("Per report slot, per value: the patterns that mean it.")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>?>?>? Slots { get; init; }
}
