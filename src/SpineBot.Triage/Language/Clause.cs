using System.Text.RegularExpressions;

namespace SpineBot.Triage.Language;

/// <summary>
/// One clause of the runner's message (cut at sentence punctuation and words like "but"), split into pieces at
/// commas and "and". Rules match against the whole clause, so "pins and needles" stays one phrase; a negation
/// cue only negates a match that starts in its own piece, close after it.
/// </summary>
internal sealed partial class Clause
{
    private readonly IReadOnlyList<ClausePiece> _pieces;
    private readonly int _windowWords;

    public Clause(string text, int order, IReadOnlyList<ClausePiece> pieces, int windowWords)
    {
        Text = text;
        Order = order;
        _pieces = pieces;
        _windowWords = windowWords;
    }

    /// <summary>The clause's normalized text.</summary>
    public string Text { get; }

    /// <summary>Position of the clause in the message, so a later mention can win over an earlier one.</summary>
    public int Order { get; }

    /// <summary>Whether a phrase starting at <paramref name="start"/> is negated.</summary>
    public bool IsNegatedAt(int start)
    {
        if (PieceAt(start) is not { } piece)
        {
            return false;
        }

        if (piece.InheritsNegation)
        {
            return true;
        }

        foreach (var (_, end) in piece.Cues)
        {
            if (end <= start && WordCount(Text.AsSpan(end, start - end)) <= _windowWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the runner took back what starts at <paramref name="start"/>.</summary>
    public bool IsRetractedAt(int start) => PieceAt(start)?.IsRetracted ?? false;

    /// <summary>Whether two offsets fall in the same piece.</summary>
    public bool AreInSamePiece(int first, int second) => PieceAt(first) is { } piece && ReferenceEquals(piece, PieceAt(second));

    /// <summary>Counts the words in a stretch of text.</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in WordPattern().EnumerateMatches(text))
        {
            count++;
        }

        return count;
    }

    private ClausePiece? PieceAt(int offset)
    {
        ClausePiece? found = null;
        foreach (var piece in _pieces)
        {
            if (piece.Start <= offset)
            {
                found = piece;
            }
        }

        return found;
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
