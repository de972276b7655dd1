using System.ComponentModel;
namespace SpineBot.Content.Messages;

/// <summary>messages.json "welcome".</summary>
[Description("messages.json \"welcome\".")]
internal sealed record WelcomeJson
{
    public string? Greeting { get; init; }

    public string? Purpose { get; init; }

    public string? NotADiagnosis { get; init; }

    public string? Emergency { get; init; }

    public string? StartPrompt { get; init; }

    [Description("The invitation in plainer words, after \"what do you mean?\" or a reply that tells no story (\"no\", \"ok\").")]
    public string? StartPromptPlain { get; init; }

    [Description("Words that make a short reply to the invitation a story (\"back hurts\").")]
    public IReadOnlyList<string>? StoryWords { get; init; }
}
