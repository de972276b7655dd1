namespace SpineBot.Content.Templates;

/// <summary>How the language joins a list in a sentence: "a, b and c".</summary>
/// <param name="Separator">Between items (", ").</param>
/// <param name="FinalSeparator">Before the last item (" and ").</param>
public sealed record ListWording(string Separator, string FinalSeparator)
{
    /// <summary>Joins items: "a", "a and b", "a, b and c".</summary>
    public string Join(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.Where(item => !string.IsNullOrWhiteSpace(item)).ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(Separator, list.Take(list.Count - 1)) + FinalSeparator + list[^1],
        };
    }
}
