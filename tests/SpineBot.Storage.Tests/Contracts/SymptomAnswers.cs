namespace SpineBot.Storage.Tests.Contracts;

/// <summary>A conversation-state property like the ones the runner's dialogs keep.</summary>
public sealed class SymptomAnswers
{
    public List<string> Answers { get; set; } = [];

    public int? PainLevel { get; set; }

    public DateTimeOffset? StartedAt { get; set; }
}
