namespace SpineBot.Conversation.Wording;

/// <summary>How much one chat bubble holds on a phone: about 60 words.</summary>
internal static class PhoneBubble
{
    /// <summary>The most words a bubble should hold.</summary>
    public const int MaxWords = 60;

    /// <summary>The words in a text (Markdown bullets and bold marks are not words).</summary>
    public static int Words(string? text) =>
        (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));

    /// <summary>
    /// A heading and the items that fit in one bubble, in order, leaving out an item that repeats an earlier one (the
    /// same first three words: "Take a break from running...").
    /// </summary>
    public static string List(string heading, IEnumerable<string> items, int maxWords = MaxWords)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(items);
        var kept = new List<string>();
        var openings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var words = Words(heading);
        foreach (var item in items)
        {
            var itemWords = Words(item);
            if (!openings.Add(Opening(item)) || words + itemWords > maxWords)
            {
                continue;
            }

            kept.Add(item);
            words += itemWords;
        }

        return MessageText.List(heading, kept);
    }

    private static string Opening(string item) =>
        string.Join(' ', item.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(3));
}
