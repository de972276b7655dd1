using System.Globalization;

namespace SpineBot.Conversation.Wording;

/// <summary>Puts content sentences together into one chat message (Markdown, which Web Chat, Teams and the Emulator render).</summary>
internal static class MessageText
{
    /// <summary>A heading line followed by a bulleted list.</summary>
    public static string List(string heading, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(items);
        var bullets = items.Where(item => !string.IsNullOrWhiteSpace(item)).Select(item => "- " + item);
        return string.Join("\n", bullets.Prepend(heading + "\n"));
    }

    /// <summary>Paragraphs separated by blank lines, skipping empty ones.</summary>
    public static string Paragraphs(params string?[] paragraphs) =>
        string.Join("\n\n", paragraphs.Where(paragraph => !string.IsNullOrWhiteSpace(paragraph)));

    /// <summary>Sentences joined by a space, skipping empty ones.</summary>
    public static string Sentences(params string?[] sentences) =>
        string.Join(" ", sentences.Where(sentence => !string.IsNullOrWhiteSpace(sentence)));

    /// <summary>The text with its first letter in upper case (a clause used as a list item).</summary>
    public static string Capitalized(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }

    /// <summary>Bold text.</summary>
    public static string Bold(string text) => $"**{text}**";
}
