using System.Globalization;
using System.Text;

namespace SpineBot.Triage.Language;

/// <summary>
/// Puts the runner's message in the form every rule is written for: Unicode NFKC (fullwidth and compatibility letters
/// become plain ones), invisible format characters (zero-width spaces, soft hyphens, direction marks) and control
/// characters removed without splitting the word they sit in, Cyrillic and Greek look-alike letters folded to Latin,
/// lower case, straight quotes and single spaces. Linear in the length of the text.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var raw in Compose(text))
        {
            if (raw is '\n' or '\r')
            {
                TrimTrailingSpace(builder);
                if (builder.Length > 0 && builder[^1] != '\n')
                {
                    builder.Append('\n');
                }

                lastWasSpace = true;
                continue;
            }

            if (IsInvisible(raw))
            {
                continue;
            }

            var c = Fold(raw);
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().Trim();
    }

    private static string Compose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate makes the text invalid Unicode: drop those and compose the rest.
            var valid = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    valid.Append(text[i]).Append(text[i + 1]);
                    i++;
                }
                else if (!char.IsSurrogate(text[i]))
                {
                    valid.Append(text[i]);
                }
            }

            return valid.ToString().Normalize(NormalizationForm.FormKC);
        }
    }

    private static void TrimTrailingSpace(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }

    /// <summary>Characters that show nothing: format characters, controls (a tab is a space) and stray combining marks.</summary>
    private static bool IsInvisible(char c)
    {
        if (c == '\t')
        {
            return false;
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse;
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
        '\u2026' => '.',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' => '-',
        '\t' or '\u00A0' => ' ',
        _ => char.ToLowerInvariant(LookAlikeLetters.ToLatin(c)),
    };
}
