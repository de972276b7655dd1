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
}
