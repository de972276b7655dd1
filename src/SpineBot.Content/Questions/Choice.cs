namespace SpineBot.Content.Questions;

/// <summary>One answer the runner can pick (a button), with the other ways they might type it.</summary>
public sealed record Choice
{
    /// <summary>What the answer means for the question's slot ("yes", "lower", "14").</summary>
    public required string Value { get; init; }

    /// <summary>The button text ("Lower back").</summary>
    public required string Title { get; init; }

    /// <summary>Other ways of saying it ("lower", "lumbar").</summary>
    public required IReadOnlyList<string> Synonyms { get; init; }

    /// <summary>How the bot repeats the answer back ("two weeks or more"), if it does.</summary>
    public string? Phrase { get; init; }
}
