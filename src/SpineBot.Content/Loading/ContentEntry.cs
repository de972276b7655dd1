using SpineBot.Content.Templates;
using SpineBot.Triage.Language;

namespace SpineBot.Content.Loading;

/// <summary>
/// One entry of a content file (the top level, "cause 'weak-core'", "welcome"...), checked value by value after the
/// file was read into its record. Every problem is recorded against the file and the entry and a harmless default is
/// returned, so checking goes on and reports all problems at once.
/// </summary>
internal sealed class ContentEntry
{
    private readonly ContentReadContext _context;

    public ContentEntry(ContentReadContext context, string file, string entry)
    {
        _context = context;
        File = file;
        Entry = entry;
    }

    public string File { get; }

    public string Entry { get; }

    public ContentReadContext Context => _context;

    public void Problem(string problem) => _context.Issues.Add(File, Entry, problem);

    /// <summary>Another entry of the same file.</summary>
    public ContentEntry Child(string entry) => new(_context, File, entry);

    /// <summary>A required non-empty string, taken as is (ids and references).</summary>
    public string Word(string? value, string field)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Problem($"field '{field}' is missing or empty");
        return string.Empty;
    }

    /// <summary>A required non-empty string kept exactly, spaces included (list separators).</summary>
    public string Raw(string? value, string field)
    {
        if (!string.IsNullOrEmpty(value))
        {
            return value;
        }

        Problem($"field '{field}' is missing or empty");
        return " ";
    }

    /// <summary>An optional string, trimmed; <c>null</c> when absent or blank.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A required text the runner reads, with the clinic's details filled in and no other placeholders.</summary>
    public string Text(string? value, string field) => Template(value, field).Text;

    /// <summary>A required message template that may use <paramref name="placeholders"/>.</summary>
    public MessageTemplate Template(string? value, string field, params string[] placeholders) =>
        ParseTemplate(Word(value, field), $"field '{field}'", placeholders);

    /// <summary>A required non-empty list of texts the runner reads.</summary>
    public IReadOnlyList<string> TextList(IReadOnlyList<string>? values, string field) =>
        Strings(values, field).Select((text, index) => ParseTemplate(text, $"field '{field}' item {index + 1}", []).Text).ToList();

    /// <summary>A required non-empty list of message templates.</summary>
    public IReadOnlyList<MessageTemplate> TemplateList(IReadOnlyList<string>? values, string field, IReadOnlyCollection<string> placeholders) =>
        Strings(values, field).Select((text, index) => ParseTemplate(text, $"field '{field}' item {index + 1}", placeholders)).ToList();

    /// <summary>A list of plain strings (phrases, words), required non-empty unless <paramref name="required"/> is false.</summary>
    public IReadOnlyList<string> Strings(IReadOnlyList<string>? values, string field, bool required = true)
    {
        if (values is null)
        {
            if (required)
            {
                Problem($"field '{field}' is missing or empty");
            }

            return [];
        }

        var items = new List<string>();
        for (var index = 0; index < values.Count; index++)
        {
            if (!string.IsNullOrWhiteSpace(values[index]))
            {
                items.Add(values[index]);
            }
            else
            {
                Problem($"field '{field}' item {index + 1} is empty or not text");
            }
        }

        if (required && items.Count == 0)
        {
            Problem($"field '{field}' is missing or empty");
        }

        return items;
    }

    /// <summary>A list of regular expressions, each checked (see <see cref="RulePatterns.FindProblem"/>).</summary>
    public IReadOnlyList<string> Patterns(
        IReadOnlyList<string>? values, string field, IReadOnlyCollection<string> macros, IReadOnlyCollection<string> groups, bool required = true)
    {
        var patterns = Strings(values, field, required);
        for (var i = 0; i < patterns.Count; i++)
        {
            if (RulePatterns.FindProblem(patterns[i], macros, groups) is { } problem)
            {
                Problem($"field '{field}' item {i + 1}: {problem}");
            }
        }

        return patterns;
    }

    /// <summary>A single required regular expression, checked like <see cref="Patterns"/>.</summary>
    public string Pattern(string? value, string field, IReadOnlyCollection<string> macros, IReadOnlyCollection<string> groups)
    {
        var pattern = Word(value, field);
        if (pattern.Length > 0 && RulePatterns.FindProblem(pattern, macros, groups) is { } problem)
        {
            Problem($"field '{field}': {problem}");
        }

        return pattern;
    }

    /// <summary>A whole number within a range.</summary>
    public int Integer(int? value, string field, int minimum, int maximum)
    {
        if (value is { } number && number >= minimum && number <= maximum)
        {
            return number;
        }

        Problem($"field '{field}' must be a whole number from {minimum} to {maximum}");
        return minimum;
    }

    /// <summary>A required number.</summary>
    public double Number(double? value, string field)
    {
        if (value is { } number)
        {
            return number;
        }

        Problem($"field '{field}' must be a number");
        return 0;
    }

    /// <summary>A required object: the entry <paramref name="entry"/> to check it with, or <c>null</c> when it is missing.</summary>
    public ContentEntry? Section(object? value, string field, string entry)
    {
        if (value is not null)
        {
            return Child(entry);
        }

        Problem($"field '{field}' is missing or is not an object");
        return null;
    }

    /// <summary>The members of a required object whose names are ids, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, T>> Members<T>(IReadOnlyDictionary<string, T>? members, string field)
    {
        if (members is { Count: > 0 })
        {
            return members.ToList();
        }

        Problem($"field '{field}' is missing or empty");
        return [];
    }

    /// <summary>The objects of a required list; <paramref name="name"/> names each entry for errors.</summary>
    public IReadOnlyList<(ContentEntry Entry, T Item)> Items<T>(IReadOnlyList<T?>? items, string field, Func<T, int, string> name)
        where T : class
    {
        if (items is not { Count: > 0 })
        {
            Problem($"field '{field}' is missing or empty");
            return [];
        }

        var entries = new List<(ContentEntry, T)>();
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index] is { } item)
            {
                entries.Add((Child(name(item, index + 1)), item));
            }
            else
            {
                Problem($"field '{field}' item {index + 1} is not an object");
            }
        }

        return entries;
    }

    /// <summary>Names a list item by its id, falling back to its position.</summary>
    public static string NameOf(string kind, string? id, int index) =>
        string.IsNullOrWhiteSpace(id) ? $"{kind} #{index}" : $"{kind} '{id}'";

    private MessageTemplate ParseTemplate(string text, string where, IReadOnlyCollection<string> placeholders)
    {
        try
        {
            var allowed = ContentReadContext.ClinicPlaceholders.Concat(placeholders).ToList();
            return MessageTemplate.Parse(text, allowed).Fill(_context.ClinicValues);
        }
        catch (FormatException ex)
        {
            Problem($"{where}: {ex.Message}");
            return MessageTemplate.Parse(string.Empty, []);
        }
    }
}
