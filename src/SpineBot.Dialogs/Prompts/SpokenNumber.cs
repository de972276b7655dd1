using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace SpineBot.Dialogs.Prompts;

/// <summary>
/// Reads one number from a reply: digits ("7", "6.5"), words ("seven", "twenty one"), scores ("7/10", "7 out of 10",
/// read as 7 — the recognizer alone would read them as 0.7), hedges ("about 6", "a 4", "7ish"). A reply with two
/// different numbers ("5 or 6") is ambiguous and not read.
/// A reply longer than <see cref="MaxLength"/> characters, or of more than <see cref="MaxWords"/> words, is not a
/// number answer and is not read: the number recognizer's cost grows about with the cube of its input (4,000
/// characters of number words ran for 20 minutes), so it only ever sees a short reply.
/// </summary>
internal static partial class SpokenNumber
{
    /// <summary>The longest reply read as a number ("about a seven out of ten, maybe an eight-ish" is 45).</summary>
    internal const int MaxLength = 80;

    /// <summary>The most words a reply read as a number may have.</summary>
    internal const int MaxWords = 12;

    /// <summary>Reads the number in <paramref name="text"/>, or <c>null</c> (also for a reply too long to be one).</summary>
    public static decimal? Read(string? text, string culture)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength || trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return null;
        }

        culture = Culture.MapToNearestLanguage(culture);
        string normalized;
        try
        {
            normalized = OutOfTen().Replace(trimmed.ToLowerInvariant(), "${n}");
            normalized = IshSuffix().Replace(normalized, "${n}");
            if (culture == Culture.Spanish)
            {
                // "un 7", "como una ocho": the article is not a second number.
                normalized = SpanishArticle().Replace(normalized, string.Empty);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        List<ModelResult> results;
        try
        {
            results = NumberRecognizer.RecognizeNumber(normalized, culture);
        }
        catch (ArgumentException)
        {
            results = NumberRecognizer.RecognizeNumber(normalized, Culture.English);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        var values = results
            .Select(r => r.Resolution is not null && r.Resolution.TryGetValue("value", out var v) ? v as string : null)
            .Select(Parse)
            .Where(v => v is not null)
            .Distinct()
            .ToList();
        return values.Count == 1 ? values[0] : null;
    }

    private static decimal? Parse(string? value)
        => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>"7/10", "7 / 10", "seven out of ten", "6.5 out of 10", "7 de 10", "siete de diez" → the numerator.</summary>
    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?|\b\p{Ll}+(?:[ -]\p{Ll}+)?)\s*(?:/|\bout\s+of\b|\boutta\b|\bde\b)\s*(?:10|ten|diez)\b", RegexOptions.CultureInvariant, 200)]
    private static partial Regex OutOfTen();

    /// <summary>"un", "una" before a number in Spanish.</summary>
    [GeneratedRegex(@"\b(?:un|una)\s+(?=\d|\p{Ll})", RegexOptions.CultureInvariant, 200)]
    private static partial Regex SpanishArticle();

    /// <summary>"7ish", "7-ish", "seven-ish" → the number.</summary>
    [GeneratedRegex(@"(?<n>\d|\b[a-z]+)\s*-?ish\b", RegexOptions.CultureInvariant, 200)]
    private static partial Regex IshSuffix();
}
