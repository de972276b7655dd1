using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpineBot.Triage.Languages;

/// <summary>
/// Tells English from Spanish in one short chat message ("me duele la espalda", "sí", "in English please"), from a
/// small model: marker words of each language, Spanish accents and ¿ ¡, English contractions and word endings.
/// Words both languages share ("no", "ok", "a", "me") and numbers decide nothing, so "ok" or "7" is
/// <see cref="ChatLanguage.Undecided"/>, and so is a message with as much of one language as of the other
/// ("my back duele mucho"). Pure and cheap: it reads at most the first <see cref="MaxCharacters"/> characters.
/// </summary>
public static partial class MessageLanguage
{
    /// <summary>How much of a message is read; a language shows long before this.</summary>
    public const int MaxCharacters = 600;

    /// <summary>How many times the other language's evidence the winning language needs.</summary>
    private const double Margin = 1.5;

    private static readonly SearchValues<char> SpanishLetters = SearchValues.Create("áéíóúüñ");
    private static readonly SearchValues<char> AccentedLetters = SearchValues.Create("áéíóúüñàèìòù");

    /// <summary>Reads which language <paramref name="text"/> is written in, and any language the runner asks for.</summary>
    public static LanguageGuess Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return LanguageGuess.Nothing;
        }

        var lower = (text.Length > MaxCharacters ? text[..MaxCharacters] : text)
            .Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant();
        var folded = Fold(lower);
        var requested = LanguageRequests.Find(Spaces().Replace(folded, " ").Trim());

        double spanish = lower.Contains('¿', StringComparison.Ordinal) || lower.Contains('¡', StringComparison.Ordinal) ? 1.5 : 0;
        double english = 0;
        foreach (Match word in Words().Matches(lower))
        {
            var foldedWord = Fold(word.Value).Trim('\'');
            var spanishWeight = LanguageWords.Spanish.GetValueOrDefault(foldedWord);
            var englishWeight = LanguageWords.English.GetValueOrDefault(foldedWord);
            if (HasSpanishLetter(word.Value))
            {
                spanishWeight = spanishWeight > 0 ? spanishWeight + 0.5 : 1;
            }
            else if (spanishWeight == 0 && englishWeight == 0)
            {
                (spanishWeight, englishWeight) = ByEnding(foldedWord);
            }

            spanish += spanishWeight;
            english += englishWeight;
        }

        return new LanguageGuess(Decide(spanish, english), requested, spanish, english);
    }

    private static ChatLanguage Decide(double spanish, double english)
    {
        if (spanish >= 1 && spanish > english * Margin)
        {
            return ChatLanguage.Spanish;
        }

        return english >= 1 && english > spanish * Margin ? ChatLanguage.English : ChatLanguage.Undecided;
    }

    /// <summary>Words the lists do not hold still lean by their ending ("-ción", "-mente", "-ing", "-ly").</summary>
    private static (double Spanish, double English) ByEnding(string word)
    {
        if (word.Length < 5)
        {
            return (0, 0);
        }

        if (word.EndsWith("cion", StringComparison.Ordinal) || word.EndsWith("mente", StringComparison.Ordinal)
            || word.EndsWith("ando", StringComparison.Ordinal) || word.EndsWith("iendo", StringComparison.Ordinal)
            || word.EndsWith("ado", StringComparison.Ordinal) || word.EndsWith("ido", StringComparison.Ordinal))
        {
            return (0.5, 0);
        }

        return word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("tion", StringComparison.Ordinal)
            || word.EndsWith("ly", StringComparison.Ordinal) || word.Contains('\'', StringComparison.Ordinal)
            ? (0, 0.5)
            : (0, 0);
    }

    private static bool HasSpanishLetter(string word) => word.AsSpan().IndexOfAny(SpanishLetters) >= 0;

    private static string Fold(string text)
    {
        if (text.AsSpan().IndexOfAny(AccentedLetters) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\p{L}+(?:'\p{L}+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
