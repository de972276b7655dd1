namespace SpineBot.Triage.Language;

/// <summary>
/// How the runner's sentences are cut into clauses and read: which words negate what follows ("no", "don't"), who a
/// clause is about, whether it is over and done with, and whether it is a question. Loaded from content
/// (dialogs/&lt;language&gt;/negation.json); phrases are plain words, not patterns.
/// </summary>
public sealed record NegationRules
{
    /// <summary>Words that negate what follows them in the same clause ("no", "don't", "never", "without").</summary>
    public required IReadOnlyList<string> NegationCues { get; init; }

    /// <summary>Phrases that look like negation but are not ("not sure", "can no longer", "haven't been able to").</summary>
    public required IReadOnlyList<string> PseudoNegations { get; init; }

    /// <summary>Punctuation characters that end a clause (".", "!", "?", ";").</summary>
    public required string ClauseBreakPunctuation { get; init; }

    /// <summary>Words that start a new clause and end any negation ("but", "though", "however").</summary>
    public required IReadOnlyList<string> ClauseBreakWords { get; init; }

    /// <summary>Words that separate list items, like a comma does ("and", "plus"); a negation does not carry over them.</summary>
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

    /// <summary>"Can't", "unable to": before one of <see cref="DoubleNegativeCues"/> they cancel it ("can't walk without ...").</summary>
    public IReadOnlyList<string> CannotCues { get; init; } = [];

    /// <summary>Negation cues that a preceding <see cref="CannotCues"/> turns into an affirmation ("without").</summary>
    public IReadOnlyList<string> DoubleNegativeCues { get; init; } = [];

    /// <summary>Other people, named after "my", "our", "a" ("sister", "running buddy", "kid").</summary>
    public IReadOnlyList<string> OtherPeople { get; init; } = [];

    /// <summary>Pronouns for someone else ("he", "she", "they", "her").</summary>
    public IReadOnlyList<string> OtherPronouns { get; init; } = [];

    /// <summary>Words for the runner ("i", "i'm", "me", "my").</summary>
    public IReadOnlyList<string> FirstPersonWords { get; init; } = [];

    /// <summary>Words after which a person is not the subject ("with my friend", "to her").</summary>
    public IReadOnlyList<string> SubjectPrepositions { get; init; } = [];

    /// <summary>Phrases placing something long ago ("last year", "years ago", "used to", "as a kid").</summary>
    public IReadOnlyList<string> FarPastCues { get; init; } = [];

    /// <summary>Phrases saying it is over ("fine now", "went away", "cleared up").</summary>
    public IReadOnlyList<string> ResolvedCues { get; init; } = [];

    /// <summary>Question words that open a question ("what", "why", "how").</summary>
    public IReadOnlyList<string> QuestionWords { get; init; } = [];

    /// <summary>Verbs that open a question when a subject follows ("is", "does", "should").</summary>
    public IReadOnlyList<string> QuestionVerbs { get; init; } = [];

    /// <summary>Subjects after a question verb ("i", "it", "that", "this").</summary>
    public IReadOnlyList<string> QuestionSubjects { get; init; } = [];

    /// <summary>Question openings about the runner's own state right now ("am i having", "is this", "could this be").</summary>
    public IReadOnlyList<string> SelfQuestionOpeners { get; init; } = [];

    /// <summary>Phrases that, inside a question, still report the runner's own state ("my", "i can't", "i have").</summary>
    public IReadOnlyList<string> ReportWords { get; init; } = [];

    /// <summary>Phrases opening a correction ("actually", "i meant", "correction").</summary>
    public IReadOnlyList<string> CorrectionCues { get; init; } = [];

    /// <summary>Phrases opening a command to the bot ("start over", "tell me", "help").</summary>
    public IReadOnlyList<string> CommandCues { get; init; } = [];

    /// <summary>Whole replies that are bare answers ("yes", "no", "not sure").</summary>
    public IReadOnlyList<string> AnswerWords { get; init; } = [];
}
