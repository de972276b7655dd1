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

    /// <summary>Whether anything negated in this piece carries on to a list item that follows.</summary>
    public bool CarriesNegation => InheritsNegation || Cues.Count > 0;
}
