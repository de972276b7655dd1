namespace SpineBot.Triage.Language;

/// <summary>
/// How the runner's sentences are cut into clauses and how "no", "don't" and friends cancel what follows.
/// Loaded from content (dialogs/&lt;language&gt;/negation.json); phrases are plain words, not patterns.
/// </summary>
public sealed record NegationRules
{
    /// <summary>Words that negate what follows them in the same clause ("no", "don't", "never", "without").</summary>
    public required IReadOnlyList<string> NegationCues { get; init; }

    /// <summary>Phrases that look like negation but are not ("no idea", "not sure", "no doubt").</summary>
    public required IReadOnlyList<string> PseudoNegations { get; init; }

    /// <summary>Punctuation characters that end a clause (".", "!", "?", ";").</summary>
    public required string ClauseBreakPunctuation { get; init; }

    /// <summary>Words that start a new clause and end any negation ("but", "though", "however").</summary>
    public required IReadOnlyList<string> ClauseBreakWords { get; init; }

    /// <summary>Words that separate list items, like a comma does ("and", "plus").</summary>
    public required IReadOnlyList<string> ListBreakWords { get; init; }

    /// <summary>Words that start a list item continuing the previous one ("or", "nor").</summary>
    public required IReadOnlyList<string> ListContinuationWords { get; init; }

    /// <summary>
    /// Words that make a piece of a sentence a statement of its own ("i", "my", "can't", "is"), so a "no"
    /// before the comma does not carry into it.
    /// </summary>
    public required IReadOnlyList<string> StatementWords { get; init; }

    /// <summary>Phrases with which the runner takes back what they just said ("no wait", "scratch that").</summary>
    public required IReadOnlyList<string> RetractionCues { get; init; }

    /// <summary>How many words may stand between a negation cue and the phrase it negates.</summary>
    public int NegationWindowWords { get; init; } = 4;

    /// <summary>The longest list item (in words) a negation before a comma still carries into.</summary>
    public int MaxListItemWords { get; init; } = 4;
}
