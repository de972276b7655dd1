using System.Text;

namespace SpineBot.Triage.Language;

/// <summary>Puts the runner's message in the form every rule is written for: lower case, straight quotes, single spaces.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2026' => '.',
                '\u2013' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (c is '\n' or '\r')
            {
                builder.Append('\n');
                lastWasSpace = true;
                continue;
            }

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
}
