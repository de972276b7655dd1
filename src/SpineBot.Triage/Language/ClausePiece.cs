namespace SpineBot.Triage.Language;

/// <summary>
/// A stretch of a clause between commas or list words ("and"). A negation cue works only inside its own piece,
/// unless the next piece continues a negated list ("no fever, chills or night sweats").
/// </summary>
internal sealed class ClausePiece
{
    public ClausePiece(int start, int end, IReadOnlyList<(int Start, int End)> cues, bool inheritsNegation)
    {
        Start = start;
        End = end;
        Cues = cues;
        InheritsNegation = inheritsNegation;
    }

    /// <summary>Start offset within the clause text.</summary>
    public int Start { get; }

    /// <summary>End offset (exclusive) within the clause text.</summary>
    public int End { get; }

    /// <summary>The negation cues in this piece, as offsets within the clause text.</summary>
    public IReadOnlyList<(int Start, int End)> Cues { get; }

    /// <summary>The piece continues a negated list.</summary>
    public bool InheritsNegation { get; }

    /// <summary>The runner took this piece back ("... no wait").</summary>
    public bool IsRetracted { get; set; }

    /// <summary>Who the piece is about where it names no one: the subject carried from the piece before.</summary>
    public ClauseSubject InheritedSubject { get; set; }

    /// <summary>The people named in the piece (offsets within the clause text), in order.</summary>
    public List<(int Offset, ClauseSubject Subject)> Subjects { get; } = [];

    /// <summary>Whether what the piece says is over and done with.</summary>
    public ClauseTime Time { get; set; }

    /// <summary>The piece says something is over ("fine now"), which also ends the piece before it.</summary>
    public bool IsResolution { get; set; }

    /// <summary>Whether anything negated in this piece carries on to a list item that follows.</summary>
    public bool CarriesNegation => InheritsNegation || Cues.Count > 0;

    /// <summary>Who a phrase at <paramref name="offset"/> is about: the last person named before it, else the first after.</summary>
    public ClauseSubject SubjectAt(int offset)
    {
        ClauseSubject? before = null;
        foreach (var (at, subject) in Subjects)
        {
            if (at <= offset)
            {
                before = subject;
            }
            else
            {
                return before ?? subject;
            }
        }

        return before ?? InheritedSubject;
    }

    /// <summary>Who the end of the piece is about, carried into the next piece.</summary>
    public ClauseSubject LastSubject => Subjects.Count > 0 ? Subjects[^1].Subject : InheritedSubject;
}
