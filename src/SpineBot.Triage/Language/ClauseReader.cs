using System.Text.RegularExpressions;

namespace SpineBot.Triage.Language;

/// <summary>
/// Cuts a normalized message into clauses at sentence punctuation and words such as "but", and each clause into
/// pieces at commas and "and". A piece that is a short list item carries on the negation before it
/// ("no fever, chills or night sweats") unless it is a statement of its own ("no numbness, I can't pee").
/// A piece that only takes back what came before ("no wait") cancels the previous list of pieces.
/// </summary>
internal sealed class ClauseReader
{
    private readonly NegationRules _rules;
    private readonly Regex _clauseBreaks;
    private readonly Regex _listBreaks;
    private readonly Regex _cues;
    private readonly Regex _pseudoNegations;
    private readonly Regex _retraction;
    private readonly Regex _words;
    private readonly HashSet<string> _statementWords;
    private readonly HashSet<string> _continuationWords;

    public ClauseReader(NegationRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        var punctuation = string.Concat(rules.ClauseBreakPunctuation.Where(c => c != '.').Select(c => Regex.Escape(c.ToString())));
        var breaks = new List<string> { @"\.(?!\d)", @"\n" };
        if (punctuation.Length > 0)
        {
            breaks.Add($"[{punctuation.Replace("]", "\\]", StringComparison.Ordinal)}]");
        }

        breaks.Add(RulePatterns.PhraseAlternation(rules.ClauseBreakWords));
        _clauseBreaks = RulePatterns.Compile(string.Join('|', breaks));
        _listBreaks = RulePatterns.Compile($",|{RulePatterns.PhraseAlternation(rules.ListBreakWords)}");
        _cues = RulePatterns.CompilePhrases(rules.NegationCues);
        _pseudoNegations = RulePatterns.CompilePhrases(rules.PseudoNegations);
        _retraction = RulePatterns.Compile($"^\\W*{RulePatterns.PhraseAlternation(rules.RetractionCues)}\\W*$");
        _words = RulePatterns.Compile(@"[\p{L}\p{N}']+");
        _statementWords = new HashSet<string>(rules.StatementWords.Select(TextNormalizer.Normalize), StringComparer.Ordinal);
        _continuationWords = new HashSet<string>(rules.ListContinuationWords.Select(TextNormalizer.Normalize), StringComparer.Ordinal);
    }

    /// <summary>The clauses of a normalized message, in order.</summary>
    public IReadOnlyList<Clause> Read(string normalized)
    {
        var clauses = new List<Clause>();
        List<ClausePiece>? group = null;
        foreach (var sentence in SplitSentences(normalized))
        {
            if (!RulePatterns.SafeIsMatch(_words, sentence))
            {
                continue;
            }

            var pieces = new List<ClausePiece>();
            foreach (var (start, end) in PieceBounds(sentence))
            {
                var text = sentence[start..end];
                if (!RulePatterns.SafeIsMatch(_words, text))
                {
                    continue;
                }

                if (RulePatterns.SafeIsMatch(_retraction, text))
                {
                    group?.ForEach(piece => piece.IsRetracted = true);
                    group = null;
                    pieces.Add(new ClausePiece(start, end, [], inheritsNegation: false) { IsRetracted = true });
                    continue;
                }

                var continuesList = pieces.Count > 0 && group is { Count: > 0 } && IsListItem(text);
                var piece = new ClausePiece(start, end, FindCues(text, start), continuesList && group![^1].CarriesNegation);
                if (continuesList)
                {
                    group!.Add(piece);
                }
                else
                {
                    group = [piece];
                }

                pieces.Add(piece);
            }

            clauses.Add(new Clause(sentence, clauses.Count, pieces, _rules.NegationWindowWords));
        }

        return clauses;
    }

    private string[] SplitSentences(string normalized)
    {
        try
        {
            return _clauseBreaks.Split(normalized);
        }
        catch (RegexMatchTimeoutException)
        {
            return [normalized];
        }
    }

    private List<(int Start, int End)> PieceBounds(string sentence)
    {
        var bounds = new List<(int, int)>();
        var start = 0;
        foreach (var separator in RulePatterns.SafeMatches(_listBreaks, sentence))
        {
            bounds.Add((start, separator.Index));
            start = separator.Index + separator.Length;
        }

        bounds.Add((start, sentence.Length));
        return bounds;
    }

    private List<(int Start, int End)> FindCues(string piece, int offset)
    {
        var pseudo = RulePatterns.SafeMatches(_pseudoNegations, piece).ToList();
        return RulePatterns.SafeMatches(_cues, piece)
            .Where(cue => !pseudo.Any(p => cue.Index >= p.Index && cue.Index < p.Index + p.Length))
            .Select(cue => (offset + cue.Index, offset + cue.Index + cue.Length))
            .ToList();
    }

    private bool IsListItem(string piece)
    {
        var words = RulePatterns.SafeMatches(_words, piece).Select(word => word.Value).ToList();
        if (words.Any(_statementWords.Contains))
        {
            return false;
        }

        return words.Count <= _rules.MaxListItemWords || _continuationWords.Contains(words[0]);
    }
}
