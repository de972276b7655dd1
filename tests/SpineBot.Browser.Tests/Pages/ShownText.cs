using System.Text.RegularExpressions;

namespace SpineBot.Browser.Tests.Pages;

/// <summary>
/// Text as a visitor reads it in the chat, made comparable with the content it came from: Web Chat's markdown may
/// turn straight quotes into typographic ones, and lists and line breaks come back as newlines.
/// </summary>
internal static partial class ShownText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var plain = text
            .Replace('\u2018', '\'')
            .Replace('\u2019', '\'')
            .Replace('\u201C', '"')
            .Replace('\u201D', '"')
            .Replace("\u2026", "...", StringComparison.Ordinal)
            .Replace('\u00A0', ' ');
        return Whitespace().Replace(plain, " ").Trim();
    }

    /// <summary>Whether the shown <paramref name="text"/> contains the content's <paramref name="wording"/>.</summary>
    public static bool Contains(string? text, string wording) =>
        Normalize(text).Contains(Normalize(wording), StringComparison.Ordinal);

    /// <summary>Whether the shown <paramref name="text"/> is exactly the content's <paramref name="wording"/>.</summary>
    public static bool Is(string? text, string wording) =>
        string.Equals(Normalize(text), Normalize(wording), StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
