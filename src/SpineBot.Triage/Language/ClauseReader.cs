using System.Text.RegularExpressions;

namespace SpineBot.Triage.Language;

/// <summary>
/// Cuts a normalized message into clauses at sentence punctuation and words such as "but", and each clause into
/// pieces at commas and "and". A piece after a comma or "or" that is a short list item carries on the negation before
/// it ("no fever, chills or night sweats") unless it is a statement of its own ("no numbness, I can't pee"); after
/// "and" it does not ("no fever and chills" reports the chills). A piece that only takes back what came before
/// ("no wait") cancels the previous list of pieces. Each piece is marked for who it is about and whether it is over;
/// each clause for its kind (statement, question, correction, command, answer). Work is linear in the text.
/// </summary>
internal sealed partial class ClauseReader
{
    private readonly NegationRules _rules;
    private readonly ReadingCues _reading;
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
        _reading = new ReadingCues(rules);
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
        ArgumentNullException.ThrowIfNull(normalized);
        var clauses = new List<Clause>();
        List<ClausePiece>? group = null;
        ClausePiece? lastPiece = null;
        var start = 0;
        foreach (var separator in RulePatterns.SafeMatches(_clauseBreaks, normalized).Append(null))
        {
            var end = separator?.Index ?? normalized.Length;
            var asks = separator?.Value == "?";
            if (end > start && ReadClause(normalized[start..end], start, clauses.Count, asks, ref group, ref lastPiece) is { } clause)
            {
                clauses.Add(clause);
            }

            start = separator is null ? normalized.Length : separator.Index + separator.Length;
        }

        return clauses;
    }

    private Clause? ReadClause(string sentence, int offset, int order, bool asks, ref List<ClausePiece>? group, ref ClausePiece? lastPiece)
    {
        var words = RulePatterns.SafeMatches(_words, sentence).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var cues = FindCues(sentence);
        var subjects = FindSubjects(sentence, words);
        var farPast = RulePatterns.SafeMatches(_reading.FarPast, sentence).Select(match => match.Index).ToList();
        var resolved = RulePatterns.SafeMatches(_reading.Resolved, sentence).Select(match => match.Index).ToList();
        var pieces = new List<ClausePiece>();
        var wordIndex = 0;
        var questionStart = sentence.Length;
        foreach (var (start, end, afterAnd) in PieceBounds(sentence))
        {
            var pieceWords = new List<string>();
            while (wordIndex < words.Count && words[wordIndex].Index < end)
            {
                if (words[wordIndex].Index >= start)
                {
                    pieceWords.Add(words[wordIndex].Value);
                }

                wordIndex++;
            }

            if (pieceWords.Count == 0)
            {
                continue;
            }

            var text = sentence[start..end];
            if (RulePatterns.SafeIsMatch(_retraction, text))
            {
                group?.ForEach(piece => piece.IsRetracted = true);
                group = null;
                pieces.Add(new ClausePiece(start, end, [], inheritsNegation: false) { IsRetracted = true });
                continue;
            }

            var continuesList = pieces.Count > 0 && group is { Count: > 0 } && IsListItem(pieceWords);
            var inherits = continuesList && !afterAnd && group![^1].CarriesNegation;
            var piece = new ClausePiece(start, end, SortedOffsets.Between(cues, cue => cue.Start, start, end).ToList(), inherits)
            {
                InheritedSubject = pieces.Count > 0 ? pieces[^1].LastSubject : ClauseSubject.Runner,
                Time = SortedOffsets.AnyBetween(farPast, start, end) ? ClauseTime.ResolvedPast : ClauseTime.Now,
                IsResolution = SortedOffsets.AnyBetween(resolved, start, end),
            };
            piece.Subjects.AddRange(SortedOffsets.Between(subjects, subject => subject.Offset, start, end));
            if (piece.IsResolution)
            {
                // "had a fever last month, fine now": what is over is said just before.
                piece.Time = ClauseTime.ResolvedPast;
                if ((pieces.Count > 0 ? pieces[^1] : lastPiece) is { } previous)
                {
                    previous.Time = ClauseTime.ResolvedPast;
                }
            }

            // A question opens the clause or follows a comma ("I can't pee, is that bad?"); after "and" or "also" a
            // verb first is a statement with its subject left out ("I also have a fever").
            if (questionStart == sentence.Length && !afterAnd && RulePatterns.SafeIsMatch(_reading.QuestionOpener, text))
            {
                questionStart = start;
            }

            group = continuesList ? group : [];
            group!.Add(piece);
            pieces.Add(piece);
        }

        if (pieces.Count == 0)
        {
            return null;
        }

        lastPiece = pieces[^1];
        return BuildClause(sentence, offset, order, asks, pieces, questionStart);
    }

    private Clause BuildClause(string sentence, int offset, int order, bool asks, List<ClausePiece> pieces, int questionStart)
    {
        if (asks && questionStart == sentence.Length)
        {
            questionStart = pieces[0].Start;
        }

        var question = questionStart < sentence.Length ? sentence[questionStart..] : string.Empty;
        var carriesReport = question.Length > 0
            && (RulePatterns.SafeIsMatch(_reading.SelfQuestionOpener, question)
                || RulePatterns.SafeIsMatch(_reading.ReportWords, question));
        var kind = questionStart <= pieces[0].Start ? ClauseKind.Question
            : RulePatterns.SafeIsMatch(_reading.Answer, sentence) ? ClauseKind.Answer
            : RulePatterns.SafeIsMatch(_reading.Correction, sentence) ? ClauseKind.Correction
            : RulePatterns.SafeIsMatch(_reading.Command, sentence) ? ClauseKind.Command
            : ClauseKind.Statement;
        return new Clause(sentence, order, pieces, _rules.NegationWindowWords)
        {
            Start = offset,
            Kind = kind,
            QuestionStart = questionStart,
            QuestionCarriesReport = carriesReport,
        };
    }

    private List<(int Start, int End, bool AfterAnd)> PieceBounds(string sentence)
    {
        var bounds = new List<(int, int, bool)>();
        var start = 0;
        var afterAnd = false;
        foreach (var separator in RulePatterns.SafeMatches(_listBreaks, sentence))
        {
            bounds.Add((start, separator.Index, afterAnd));
            start = separator.Index + separator.Length;
            afterAnd = separator.Value != ",";
        }

        bounds.Add((start, sentence.Length, afterAnd));
        return bounds;
    }

    private List<(int Start, int End)> FindCues(string sentence)
    {
        var pseudo = RulePatterns.SafeMatches(_pseudoNegations, sentence).ToList();
        var cannot = RulePatterns.SafeMatches(_reading.Cannot, sentence).Select(match => match.Index).ToList();
        var listBreaks = RulePatterns.SafeMatches(_listBreaks, sentence).Select(match => match.Index).ToList();
        return RulePatterns.SafeMatches(_cues, sentence)
            .Where(cue => !IsInsidePseudoNegation(pseudo, cue.Index))
            .Where(cue => !_reading.DoubleNegatives.Contains(cue.Value) || !FollowsCannot(cannot, listBreaks, cue.Index))
            .Select(cue => (cue.Index, cue.Index + cue.Length))
            .ToList();
    }

    private static bool IsInsidePseudoNegation(List<Match> pseudo, int offset)
    {
        var index = SortedOffsets.LastAtOrBefore(pseudo, match => match.Index, offset);
        return index >= 0 && offset < pseudo[index].Index + pseudo[index].Length;
    }

    /// <summary>"can't walk without ...": a "can't" earlier in the same piece turns "without" into an affirmation.</summary>
    private static bool FollowsCannot(List<int> cannot, List<int> listBreaks, int offset)
    {
        var index = SortedOffsets.LastAtOrBefore(cannot, at => at, offset - 1);
        return index >= 0 && !SortedOffsets.AnyBetween(listBreaks, cannot[index] + 1, offset);
    }

    /// <summary>The people named as subjects, in order: the runner ("i", "my") or someone else ("my sister", "she").</summary>
    private List<(int Offset, ClauseSubject Subject)> FindSubjects(string sentence, List<Match> words)
    {
        var others = RulePatterns.SafeMatches(_reading.OtherPeople, sentence)
            .Where(other => !FollowsPreposition(words, other.Index))
            .Select(other => (Offset: other.Index, End: other.Index + other.Length))
            .ToList();
        var found = others.Select(other => (other.Offset, Subject: ClauseSubject.SomeoneElse)).ToList();
        foreach (var self in RulePatterns.SafeMatches(_reading.FirstPerson, sentence))
        {
            var index = SortedOffsets.LastAtOrBefore(others, other => other.Offset, self.Index);
            if (index < 0 || self.Index >= others[index].End)
            {
                found.Add((self.Index, ClauseSubject.Runner));
            }
        }

        return found.OrderBy(subject => subject.Offset).ToList();
    }

    private bool FollowsPreposition(List<Match> words, int offset)
    {
        var index = SortedOffsets.LastAtOrBefore(words, word => word.Index, offset - 1);
        return index >= 0 && _reading.Prepositions.Contains(words[index].Value);
    }

    private bool IsListItem(List<string> words)
    {
        if (words.Any(_statementWords.Contains))
        {
            return false;
        }

        return words.Count <= _rules.MaxListItemWords || _continuationWords.Contains(words[0]);
    }
}
