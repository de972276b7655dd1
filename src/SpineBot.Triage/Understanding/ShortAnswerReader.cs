using SpineBot.Triage.Language;

namespace SpineBot.Triage.Understanding;

/// <summary>
/// Reads a short reply to a yes/no or how-often question strictly: the whole reply must be phrases from the lists
/// ("yep pretty much", "no not really", "every time, esp. long runs" with a tail after a qualifier). A reply that
/// is a question ("is that bad?") or a correction ("no wait, actually...") is never an answer, and no partial or
/// fuzzy match turns a sentence into yes: only repeated letters are forgiven ("yesss", "nooo"). Thread-safe.
/// </summary>
public sealed class ShortAnswerReader
{
    /// <summary>A reply longer than this is a sentence, not a short answer.</summary>
    public const int MaxLength = 200;

    private readonly Dictionary<string, Word> _phrases = new(StringComparer.Ordinal);
    private readonly List<string[]> _corrections;
    private readonly HashSet<string> _qualifiers;
    private readonly int _longestPhrase;

    /// <summary>Builds the reader from one language's lists.</summary>
    public ShortAnswerReader(ShortAnswerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);

        // Earlier lists win when a phrase is in two ("mostly" is a frequency before it is a qualifier).
        Add(vocabulary.NotSure, new Word(WordKind.NotSure, null));
        Add(vocabulary.No, new Word(WordKind.No, null));
        Add(vocabulary.Yes, new Word(WordKind.Yes, null));
        Add(vocabulary.Partly, new Word(WordKind.Partly, null));
        foreach (var (frequency, phrases) in vocabulary.Frequencies)
        {
            Add(phrases, new Word(WordKind.Frequency, frequency));
        }

        Add(vocabulary.Acknowledgement, new Word(WordKind.Acknowledgement, null));
        Add(vocabulary.Fillers, new Word(WordKind.Filler, null));
        _corrections = vocabulary.Corrections.Select(Words).Where(words => words.Length > 0).ToList();
        _qualifiers = vocabulary.Qualifiers.Select(Words).Where(words => words.Length == 1).Select(words => words[0]).ToHashSet(StringComparer.Ordinal);
        _longestPhrase = _phrases.Keys.Select(key => key.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    private enum WordKind
    {
        Yes,
        No,
        NotSure,
        Partly,
        Acknowledgement,
        Frequency,
        Filler,
    }

    /// <summary>Reads a reply to a question of the kind <paramref name="use"/>.</summary>
    public ShortAnswerReading Read(string? text, ShortAnswerUse use = ShortAnswerUse.Symptom)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return ShortAnswerReading.NotAnAnswer("an empty reply");
        }

        if (normalized.Length > MaxLength)
        {
            return ShortAnswerReading.NotAnAnswer("a sentence, not a short answer");
        }

        if (normalized.Contains('?', StringComparison.Ordinal) || normalized.Contains('¿', StringComparison.Ordinal))
        {
            return ShortAnswerReading.NotAnAnswer("a question");
        }

        var tokens = Words(normalized);
        if (tokens.Length == 0)
        {
            return ShortAnswerReading.NotAnAnswer("no words");
        }

        if (_corrections.Any(correction => Contains(tokens, correction)))
        {
            return ShortAnswerReading.NotAnAnswer("a correction");
        }

        var found = new List<Word>();
        var index = 0;
        while (index < tokens.Length)
        {
            if (Longest(tokens, index) is { } match)
            {
                found.Add(match.Word);
                index += match.Length;
                continue;
            }

            var answered = found.Any(word => word.Kind is WordKind.Yes or WordKind.Frequency or WordKind.Partly);
            if (answered && _qualifiers.Contains(tokens[index]))
            {
                // "every time, esp. long runs": the tail qualifies the answer, unless it takes it back ("... no, never mind").
                return TailTakesItBack(tokens, index)
                    ? ShortAnswerReading.NotAnAnswer("a tail that contradicts the answer")
                    : Combine(found, use);
            }

            return ShortAnswerReading.NotAnAnswer("words that are not a short answer");
        }

        return Combine(found, use);
    }

    private static ShortAnswerReading Combine(List<Word> found, ShortAnswerUse use)
    {
        var frequencies = found.Where(word => word.Kind == WordKind.Frequency).Select(word => word.Frequency!.Value).Distinct().ToList();
        if (frequencies.Count > 1)
        {
            return ShortAnswerReading.NotAnAnswer("two different frequencies");
        }

        RunFrequency? frequency = frequencies.Count == 1 ? frequencies[0] : null;
        var yes = found.Any(word => word.Kind == WordKind.Yes) || frequency is RunFrequency.Always or RunFrequency.Often;
        var no = found.Any(word => word.Kind == WordKind.No) || frequency is RunFrequency.Never;
        var partly = found.Any(word => word.Kind == WordKind.Partly) || frequency is RunFrequency.Sometimes or RunFrequency.Rarely;
        var notSure = found.Any(word => word.Kind == WordKind.NotSure);
        var acknowledged = found.Any(word => word.Kind == WordKind.Acknowledgement);

        if (yes && no)
        {
            return ShortAnswerReading.NotAnAnswer("both yes and no");
        }

        if (notSure)
        {
            return new ShortAnswerReading(YesNoReading.NotSure, frequency, "not sure");
        }

        if (partly && no)
        {
            return ShortAnswerReading.NotAnAnswer("both partly and no");
        }

        if (partly)
        {
            return new ShortAnswerReading(YesNoReading.Partly, frequency, "partly");
        }

        if (yes)
        {
            return new ShortAnswerReading(YesNoReading.Yes, frequency, "yes");
        }

        if (no)
        {
            return new ShortAnswerReading(YesNoReading.No, frequency, "no");
        }

        if (acknowledged)
        {
            return use == ShortAnswerUse.Offer
                ? new ShortAnswerReading(YesNoReading.Yes, null, "an acknowledgement, taken as yes to an offer")
                : new ShortAnswerReading(YesNoReading.Acknowledgement, null, "an acknowledgement");
        }

        return ShortAnswerReading.NotAnAnswer("only filler words");
    }

    private bool TailTakesItBack(string[] tokens, int start)
    {
        for (var index = start; index < tokens.Length; index++)
        {
            if (Longest(tokens, index) is { Word.Kind: WordKind.No or WordKind.NotSure })
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string text)
    {
        var plain = PlainWords.CollapseRepeats(PlainWords.Normalize(text));
        return plain.Length == 0 ? [] : plain.Split(' ');
    }

    private static bool Contains(string[] tokens, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= tokens.Length; start++)
        {
            if (tokens.AsSpan(start, phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }

    private (Word Word, int Length)? Longest(string[] tokens, int start)
    {
        for (var length = Math.Min(_longestPhrase, tokens.Length - start); length > 0; length--)
        {
            if (_phrases.TryGetValue(string.Join(' ', tokens, start, length), out var word))
            {
                return (word, length);
            }
        }

        return null;
    }

    private void Add(IEnumerable<string> phrases, Word word)
    {
        foreach (var phrase in phrases)
        {
            var key = string.Join(' ', Words(phrase));
            if (key.Length > 0)
            {
                _phrases.TryAdd(key, word);
            }
        }
    }

    private sealed record Word(WordKind Kind, RunFrequency? Frequency);
}
