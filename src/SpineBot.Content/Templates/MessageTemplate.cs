using System.Text;

namespace SpineBot.Content.Templates;

/// <summary>
/// A message with placeholders such as <c>{name}</c>, filled in when the bot sends it. The clinic's details
/// (<c>{clinicPhone}</c>, ...) are already filled in by the loader; <see cref="Placeholders"/> lists what is left.
/// </summary>
public sealed class MessageTemplate
{
    private readonly IReadOnlyList<TemplatePart> _parts;

    private MessageTemplate(IReadOnlyList<TemplatePart> parts)
    {
        _parts = parts;
        Placeholders = parts.Where(part => part.IsPlaceholder).Select(part => part.Text).Distinct(StringComparer.Ordinal).ToList();
        Text = string.Concat(parts.Select(part => part.IsPlaceholder ? $"{{{part.Text}}}" : part.Text));
    }

    /// <summary>The template as written, with any remaining placeholders in braces.</summary>
    public string Text { get; }

    /// <summary>The placeholders still to fill.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>
    /// Parses a template, allowing only <paramref name="allowedPlaceholders"/>. Braces may only enclose a
    /// placeholder name (letters and digits).
    /// </summary>
    /// <exception cref="FormatException">The text has a stray brace or an unknown placeholder.</exception>
    public static MessageTemplate Parse(string text, IReadOnlyCollection<string> allowedPlaceholders)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(allowedPlaceholders);
        var (parts, problem) = TemplatePart.Split(text);
        problem ??= parts
            .Where(part => part.IsPlaceholder && !allowedPlaceholders.Contains(part.Text))
            .Select(part => allowedPlaceholders.Count == 0
                ? $"unknown placeholder '{{{part.Text}}}' (this text allows none)"
                : $"unknown placeholder '{{{part.Text}}}' (allowed: {string.Join(", ", allowedPlaceholders)})")
            .FirstOrDefault();
        return problem is null ? new MessageTemplate(parts) : throw new FormatException(problem);
    }

    /// <summary>Whether every placeholder has a non-empty value in <paramref name="values"/>.</summary>
    public bool CanRender(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Placeholders.All(name => values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value));
    }

    /// <summary>Fills in every placeholder.</summary>
    /// <exception cref="ArgumentException">A placeholder has no value.</exception>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = new StringBuilder();
        foreach (var part in _parts)
        {
            if (!part.IsPlaceholder)
            {
                builder.Append(part.Text);
            }
            else if (values.TryGetValue(part.Text, out var value))
            {
                builder.Append(value);
            }
            else
            {
                throw new ArgumentException($"No value for placeholder '{{{part.Text}}}'.", nameof(values));
            }
        }

        return builder.ToString();
    }

    /// <summary>Fills in a template with one placeholder.</summary>
    public string Render(string placeholder, string value) =>
        Render(new Dictionary<string, string>(StringComparer.Ordinal) { [placeholder] = value });

    /// <summary>Returns a template with some placeholders filled in and the others left.</summary>
    public MessageTemplate Fill(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new MessageTemplate(_parts
            .Select(part => part.IsPlaceholder && values.TryGetValue(part.Text, out var value) ? TemplatePart.Literal(value) : part)
            .ToList());
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
