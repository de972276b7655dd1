using System.Text;

namespace SpineBot.Dialogs.Choices;

/// <summary>Splits text into lower-case words for matching: apostrophes dropped ("it's" → "its"), other punctuation splits.</summary>
internal static class WordTokens
{
    /// <summary>Words that carry no meaning when matching a reply to a choice.</summary>
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "my", "i", "im", "id", "ive", "me", "it", "its", "is", "was", "be", "am", "are", "in", "on",
        "at", "of", "to", "for", "with", "and", "or", "that", "this", "just", "please", "think", "guess", "say", "would",
        "pick", "choose", "option", "choice", "like", "mostly", "probably", "really", "mainly", "thats", "so", "well",
        "um", "uh", "hmm", "ok", "okay",
    };

    /// <summary>Splits <paramref name="text"/> into lower-case words.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is not ('\'' or '\u2019'))
            {
                Flush(words, current);
            }
        }

        Flush(words, current);
        return words;
    }

    /// <summary>The words of <paramref name="text"/> that carry meaning, or all its words if none do.</summary>
    public static IReadOnlyList<string> ContentWords(string? text)
    {
        var words = Split(text);
        var content = words.Where(w => !FillerWords.Contains(w)).ToList();
        return content.Count > 0 ? content : words;
    }

    /// <summary>The normalised form of a whole phrase, for exact comparisons.</summary>
    public static string Normalize(string? text) => string.Join(' ', Split(text));

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
