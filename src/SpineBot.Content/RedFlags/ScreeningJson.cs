using System.ComponentModel;

namespace SpineBot.Content.RedFlags;

/// <summary>red-flags.json "screening": the safety check.</summary>
[Description("red-flags.json \"screening\": the safety check.")]
internal sealed record ScreeningJson
{
    public string? Prompt { get; init; }

    public string? RetryPrompt { get; init; }

    public string? UnsureMessage { get; init; }

    public string? Nudge { get; init; }

    [Description("The id of a choice set in questions.json.")]
    public string? Choices { get; init; }

    public IReadOnlyList<SafetyCheckGroupJson?>? Groups { get; init; }
}
