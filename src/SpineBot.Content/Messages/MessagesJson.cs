using System.ComponentModel;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Messages;

/// <summary>messages.json: what the bot says around the questions.</summary>
[Description("messages.json: what the bot says around the questions.")]
internal sealed record MessagesJson : ContentFileJson
{
    public WelcomeJson? Welcome { get; init; }

    public string? Disclaimer { get; init; }

    public string? Help { get; init; }

    public string? Cancelled { get; init; }

    public string? StartingOver { get; init; }

    public IReadOnlyList<string>? NotUnderstood { get; init; }

    public string? TooManyMisses { get; init; }

    public string? StoryThanks { get; init; }

    public string? Reassurance { get; init; }

    public CauseMessagesJson? Causes { get; init; }

    public SummaryMessagesJson? Summary { get; init; }

    public LabelsJson? Labels { get; init; }

    public ListsJson? Lists { get; init; }

    public FeedbackJson? Feedback { get; init; }

    public string? Goodbye { get; init; }

    public SafetyNetJson? SafetyNet { get; init; }

    public string? StartAgainOffer { get; init; }

    public string? StartAgainButton { get; init; }

    public string? TextOnly { get; init; }

    public string? SwitchedByWords { get; init; }

    public string? SwitchedOnRequest { get; init; }

    public string? SayBack { get; init; }

    public string? Corrected { get; init; }

    public PersistentPainJson? PersistentPain { get; init; }

    public MemoryJson? Memory { get; init; }

    public string? Privacy { get; init; }

    public string? Error { get; init; }

    public string? StorageUnavailable { get; init; }
}
