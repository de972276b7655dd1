using System.Text;

namespace SpineBot.Conversation.Bot;

/// <summary>
/// The text of an incoming message, made safe to read: control characters become spaces and the text is trimmed.
/// The red-flag screen reads up to <see cref="ScreeningLimit"/> characters (far more than anyone types about their
/// back); everything else (commands, the story, answers) reads the first <see cref="ReadingLimit"/>.
/// </summary>
internal sealed record IncomingText(string ForScreening, string ForReading)
{
    /// <summary>The most characters the red-flag screen reads.</summary>
    public const int ScreeningLimit = 20_000;

    /// <summary>The most characters the dialogs read.</summary>
    public const int ReadingLimit = 4_000;

    /// <summary>The message's text, or <c>null</c> when it has none (only attachments, or blank).</summary>
    public static IncomingText? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var screened = Clean(text.Length > ScreeningLimit ? text[..ScreeningLimit] : text);
        if (screened.Length == 0)
        {
            return null;
        }

        var reading = screened.Length > ReadingLimit ? screened[..ReadingLimit] : screened;
        return new IncomingText(screened, reading);
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) && c is not '\n' and not '\r' and not '\t' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }
}
