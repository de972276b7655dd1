using System.ComponentModel;
namespace SpineBot.Content.Rules;

/// <summary>extraction.json "duration": how long the pain has lasted.</summary>
[Description("extraction.json \"duration\": how long the pain has lasted.")]
internal sealed record DurationJson
{
    public IReadOnlyList<string>? Amounts { get; init; }

    public IReadOnlyList<string>? SinceWeekday { get; init; }

    public IReadOnlyList<RelativeDurationJson?>? Relative { get; init; }

    public IReadOnlyList<string>? IgnoredAfter { get; init; }

    public IReadOnlyList<string>? IgnoredBefore { get; init; }
}
