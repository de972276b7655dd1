using System.Text.RegularExpressions;

namespace SpineBot.Content.Questions;

/// <summary>
/// Puts a short answer or command in comparable form: lower case, straight apostrophes, other punctuation as
/// spaces (a decimal point stays), single spaces. "Lower back!" and "lower back" compare equal.
/// </summary>
internal static partial class PhraseText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var trimmed = text.Trim();
        if (trimmed == "?")
        {
            return trimmed;
        }

        var straight = trimmed.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');
        return Spaces().Replace(NotWordCharacter().Replace(straight, " "), " ").Trim();
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words (both normalized).</summary>
    public static bool ContainsWords(string text, string phrase) =>
        phrase.Length > 0 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);

    [GeneratedRegex(@"(?:(?<!\d)\.|\.(?!\d)|[^\p{L}\p{N}'.])", RegexOptions.CultureInvariant)]
    private static partial Regex NotWordCharacter();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
