using System.Globalization;
using System.Text;

namespace SpineBot.Conversation.Callback;

/// <summary>
/// The name the runner gives for the call-back: letters (any script), spaces, apostrophes, hyphens and dots, 1 to 60
/// characters. Characters that chat Markdown would interpret are not accepted, since the name is said back.
/// </summary>
internal static class RunnerName
{
    private const int MostCharacters = 60;

    /// <summary>The cleaned name, or <c>null</c> when the text is not a plausible name.</summary>
    public static string? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder();
        var lastWasSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            if (!char.IsLetter(c) && !IsMark(c) && c is not '\'' and not '\u2019' and not '-' and not '.')
            {
                return null;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        var name = builder.ToString();
        return name.Length is > 0 and <= MostCharacters && name.Any(char.IsLetter) ? name : null;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
