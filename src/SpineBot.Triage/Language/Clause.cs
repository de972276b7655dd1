using System.Text.RegularExpressions;

namespace SpineBot.Triage.Language;

/// <summary>
/// One clause of the runner's message (cut at sentence punctuation and words like "but"), split into pieces at
/// commas and "and". Rules match against the clause, so "pins and needles" stays one phrase; a negation cue only
/// negates a match that starts in its own piece, close after it. Each phrase can also be asked who it is about,
/// whether it is over, and whether it is only asked about.
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

    /// <summary>Where the clause starts in the normalized message.</summary>
    public int Start { get; init; }

    /// <summary>What the runner does with the clause.</summary>
    public ClauseKind Kind { get; init; }

    /// <summary>
    /// Where the question in the clause starts (<see cref="Text"/>'s length when there is none): "I can't pee, is that
    /// bad?" reports before it and asks after it.
    /// </summary>
    public int QuestionStart { get; init; }

    /// <summary>The question still reports the runner's own state ("is it normal that my groin is numb?").</summary>
    public bool QuestionCarriesReport { get; init; }

    /// <summary>Whether the clause holds any negation.</summary>
    public bool IsNegated => _pieces.Any(piece => piece.CarriesNegation);

    /// <summary>Who the clause is about (its first piece).</summary>
    public ClauseSubject Subject => _pieces.Count == 0 ? ClauseSubject.Runner : _pieces[0].SubjectAt(_pieces[0].Start);

    /// <summary>Whether the clause is over and done with (every piece of it is).</summary>
    public ClauseTime Time => _pieces.Count > 0 && _pieces.All(piece => piece.Time == ClauseTime.ResolvedPast) ? ClauseTime.ResolvedPast : ClauseTime.Now;

    internal IReadOnlyList<ClausePiece> Pieces => _pieces;

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

        // Only the nearest cue before the phrase can be close enough; cues are in order.
        var index = SortedOffsets.LastAtOrBefore(piece.Cues, cue => cue.End, start);
        return index >= 0 && WordCount(Text.AsSpan(piece.Cues[index].End, start - piece.Cues[index].End)) <= _windowWords;
    }

    /// <summary>Whether the runner took back what starts at <paramref name="start"/>.</summary>
    public bool IsRetractedAt(int start) => PieceAt(start)?.IsRetracted ?? false;

    /// <summary>Whether two offsets fall in the same piece.</summary>
    public bool AreInSamePiece(int first, int second) => PieceAt(first) is { } piece && ReferenceEquals(piece, PieceAt(second));

    /// <summary>The bounds (within <see cref="Text"/>) of the piece holding <paramref name="offset"/>.</summary>
    public (int Start, int End) PieceRangeAt(int offset) => PieceAt(offset) is { } piece ? (piece.Start, piece.End) : (offset, offset);

    /// <summary>Who the phrase at <paramref name="offset"/> is about.</summary>
    public ClauseSubject SubjectAt(int offset) => PieceAt(offset)?.SubjectAt(offset) ?? ClauseSubject.Runner;

    /// <summary>Whether the phrase at <paramref name="offset"/> is over and done with.</summary>
    public ClauseTime TimeAt(int offset) => PieceAt(offset)?.Time ?? ClauseTime.Now;

    /// <summary>Whether the phrase at <paramref name="offset"/> is only asked about, not reported.</summary>
    public bool IsOnlyAskedAt(int offset) => offset >= QuestionStart && !QuestionCarriesReport;

    /// <summary>Counts the words in a stretch of text.</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        try
        {
            foreach (var _ in WordPattern().EnumerateMatches(text))
            {
                count++;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return int.MaxValue;
        }

        return count;
    }

    private ClausePiece? PieceAt(int offset)
    {
        // Pieces are in order: the last one starting at or before the offset.
        int low = 0, high = _pieces.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_pieces[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? null : _pieces[found];
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordPattern();
}
