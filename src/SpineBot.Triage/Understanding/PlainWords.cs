using System.Text;
using SpineBot.Triage.Language;

namespace SpineBot.Triage.Understanding;

/// <summary>
/// A message as bare words for comparing with a whole-message phrase: lower case, no punctuation, no apostrophes
/// ("Where's the clinic?!" and "wheres the clinic" compare equal).
/// </summary>
internal static class PlainWords
{
    public static string Normalize(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        var lastWasSpace = true;
        foreach (var c in normalized)
        {
            if (c == '\'')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>The words of the text with every run of a repeated letter made one ("yesss" to "yes", "noo" to "no").</summary>
    public static string CollapseRepeats(string words)
    {
        var builder = new StringBuilder(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && words[i] == words[i - 1] && char.IsLetter(words[i]))
            {
                continue;
            }

            builder.Append(words[i]);
        }

        return builder.ToString();
    }
}
