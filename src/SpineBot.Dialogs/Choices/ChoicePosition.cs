using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace SpineBot.Dialogs.Choices;

/// <summary>
/// Reads a reply that picks a choice by position: "2", "two", "second", "the 2nd one", "number 2", "#2", "the last one".
/// Only replies that are nothing but a position (plus filler words) count, so "second half" is left to word matching.
/// A reply of more than <see cref="MaxWords"/> words (before fillers are dropped) or whose position phrase is longer
/// than <see cref="MaxPhraseLength"/> characters is not a position, and the recognizers, whose cost grows about with
/// the cube of their input, never see it.
/// </summary>
internal static class ChoicePosition
{
    /// <summary>The most words a reply that picks a position may have ("i think i would go with the second one please").</summary>
    internal const int MaxWords = 12;

    /// <summary>The longest position phrase read ("second to last", "number twelve").</summary>
    internal const int MaxPhraseLength = 32;

    private static readonly HashSet<string> PositionFillers = new(StringComparer.Ordinal)
    {
        "the", "one", "number", "no", "option", "choice", "please", "i", "id", "ill", "pick", "choose", "take", "want",
        "go", "with", "its", "it", "is", "say", "like", "would", "answer",
    };

    // Words that can name a position. A reply without one of them, or a digit, is not a position, and the (costly)
    // number and ordinal recognizers are not asked.
    private static readonly HashSet<string> PositionWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "last",
    };

    /// <summary>The zero-based index picked, or <c>null</c> when the reply is not a position within <paramref name="count"/> choices.</summary>
    public static int? Read(string? text, int count)
    {
        var words = WordTokens.Split(text);
        if (words.Count == 0 || words.Count > MaxWords || count == 0)
        {
            return null;
        }

        var remaining = words.Where(w => !PositionFillers.Contains(w)).ToList();
        var candidates = remaining.Count > 0 ? remaining : words;
        if (!candidates.Any(word => PositionWords.Contains(word) || word.Any(char.IsAsciiDigit)))
        {
            return null;
        }

        var phrase = string.Join(' ', candidates);
        if (phrase.Length > MaxPhraseLength)
        {
            return null;
        }

        int? position;
        try
        {
            position = Ordinal(phrase, count) ?? Cardinal(phrase);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return position is >= 1 && position <= count ? position - 1 : null;
    }

    private static int? Ordinal(string phrase, int count)
    {
        var results = NumberRecognizer.RecognizeOrdinal(phrase, Culture.English);
        if (results.Count != 1 || results[0].Text.Length != phrase.Length || ValueOf(results[0]) is not { } value)
        {
            return null;
        }

        // Relative ordinals: "last" resolves to "end+0", "second to last" to "end-1".
        if (value.StartsWith("end", StringComparison.Ordinal))
        {
            return int.TryParse(value.AsSpan(3), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset)
                ? count + offset
                : null;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) ? position : null;
    }

    private static int? Cardinal(string phrase)
    {
        var results = NumberRecognizer.RecognizeNumber(phrase, Culture.English);
        return results.Count == 1 && results[0].Text.Length == phrase.Length
            && int.TryParse(ValueOf(results[0]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    private static string? ValueOf(ModelResult result)
        => result.Resolution is not null && result.Resolution.TryGetValue("value", out var value) ? value as string : null;
}
