using System.Text.RegularExpressions;

namespace SpineBot.Content.Templates;

/// <summary>A piece of a template: literal text or a placeholder name.</summary>
internal sealed partial record TemplatePart(string Text, bool IsPlaceholder)
{
    public static TemplatePart Literal(string text) => new(text, false);

    /// <summary>Splits a template into parts, or describes the first stray brace.</summary>
    public static (IReadOnlyList<TemplatePart> Parts, string? Problem) Split(string text)
    {
        var parts = new List<TemplatePart>();
        var position = 0;
        foreach (Match match in PlaceholderPattern().Matches(text))
        {
            parts.Add(Literal(text[position..match.Index]));
            parts.Add(new TemplatePart(match.Groups["name"].Value, true));
            position = match.Index + match.Length;
        }

        parts.Add(Literal(text[position..]));
        var stray = parts.FirstOrDefault(part => !part.IsPlaceholder && part.Text.AsSpan().IndexOfAny('{', '}') >= 0);
        var problem = stray is null ? null : $"stray brace in \"{stray.Text.Trim()}\" (placeholders look like {{name}})";
        return (parts.Where(part => part.IsPlaceholder || part.Text.Length > 0).ToList(), problem);
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
