using System.Text.Json;
using SpineBot.Content.Templates;
using SpineBot.Triage.Language;

namespace SpineBot.Content.Loading;

/// <summary>
/// A JSON object in a content file, read field by field. Every problem is recorded against the file and the entry
/// and a harmless default is returned, so loading goes on and reports all problems at once.
/// </summary>
internal sealed class JsonSection
{
    private readonly JsonElement _element;
    private readonly ContentReadContext _context;

    public JsonSection(JsonElement element, ContentReadContext context, string file, string entry)
    {
        _element = element;
        _context = context;
        File = file;
        Entry = entry;
    }

    public string File { get; }

    public string Entry { get; }

    public ContentReadContext Context => _context;

    public void Problem(string problem) => _context.Issues.Add(File, Entry, problem);

    public bool Has(string field) => _element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A required non-empty string, taken as is (ids and references).</summary>
    public string Word(string field)
    {
        if (_element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!.Trim();
        }

        Problem($"field '{field}' is missing or empty");
        return string.Empty;
    }

    /// <summary>A required non-empty string kept exactly, spaces included (list separators).</summary>
    public string Raw(string field)
    {
        if (_element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(value.GetString()))
        {
            return value.GetString()!;
        }

        Problem($"field '{field}' is missing or empty");
        return " ";
    }

    /// <summary>An optional string, taken as is.</summary>
    public string? OptionalWord(string field) =>
        _element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>A required text the runner reads, with the clinic's details filled in and no other placeholders.</summary>
    public string Text(string field) => Template(field).Text;

    /// <summary>A required message template that may use <paramref name="placeholders"/>.</summary>
    public MessageTemplate Template(string field, params string[] placeholders) =>
        ParseTemplate(Word(field), $"field '{field}'", placeholders);

    /// <summary>A required non-empty list of texts the runner reads.</summary>
    public IReadOnlyList<string> TextList(string field) =>
        Strings(field, required: true).Select((text, index) => ParseTemplate(text, $"field '{field}' item {index + 1}", []).Text).ToList();

    /// <summary>A required non-empty list of message templates.</summary>
    public IReadOnlyList<MessageTemplate> TemplateList(string field, IReadOnlyCollection<string> placeholders) =>
        Strings(field, required: true).Select((text, index) => ParseTemplate(text, $"field '{field}' item {index + 1}", placeholders)).ToList();

    /// <summary>A list of plain strings (phrases, words), required non-empty unless <paramref name="required"/> is false.</summary>
    public IReadOnlyList<string> Strings(string field, bool required = true)
    {
        if (!_element.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            if (required || (value.ValueKind is not JsonValueKind.Undefined and not JsonValueKind.Null))
            {
                Problem($"field '{field}' is missing or empty");
            }

            return [];
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            index++;
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                items.Add(item.GetString()!);
            }
            else
            {
                Problem($"field '{field}' item {index} is empty or not text");
            }
        }

        if (required && items.Count == 0)
        {
            Problem($"field '{field}' is missing or empty");
        }

        return items;
    }

    /// <summary>A list of regular expressions, each checked (see <see cref="RulePatterns.FindProblem"/>).</summary>
    public IReadOnlyList<string> Patterns(string field, IReadOnlyCollection<string> macros, IReadOnlyCollection<string> groups, bool required = true)
    {
        var patterns = Strings(field, required);
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
    public string Pattern(string field, IReadOnlyCollection<string> macros, IReadOnlyCollection<string> groups)
    {
        var pattern = Word(field);
        if (pattern.Length > 0 && RulePatterns.FindProblem(pattern, macros, groups) is { } problem)
        {
            Problem($"field '{field}': {problem}");
        }

        return pattern;
    }

    /// <summary>A whole number within a range.</summary>
    public int Integer(string field, int minimum, int maximum)
    {
        if (_element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            && number >= minimum && number <= maximum)
        {
            return number;
        }

        Problem($"field '{field}' must be a whole number from {minimum} to {maximum}");
        return minimum;
    }

    /// <summary>A required number.</summary>
    public double Number(string field)
    {
        if (_element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        Problem($"field '{field}' must be a number");
        return 0;
    }

    /// <summary>A required object field, as a section named <paramref name="entry"/>.</summary>
    public JsonSection? Section(string field, string entry)
    {
        if (_element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Object)
        {
            return new JsonSection(value, _context, File, entry);
        }

        Problem($"field '{field}' is missing or is not an object");
        return null;
    }

    /// <summary>The members of a required object field, in file order.</summary>
    public IReadOnlyList<(string Name, JsonElement Value)> Members(string field)
    {
        if (_element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Object)
        {
            var members = value.EnumerateObject().Select(member => (member.Name, member.Value)).ToList();
            if (members.Count > 0)
            {
                return members;
            }
        }

        Problem($"field '{field}' is missing or empty");
        return [];
    }

    /// <summary>This object's own members, in file order.</summary>
    public IReadOnlyList<(string Name, JsonElement Value)> OwnMembers() =>
        _element.EnumerateObject().Select(member => (member.Name, member.Value)).ToList();

    /// <summary>The objects of a required array field; <paramref name="name"/> names each entry for errors.</summary>
    public IReadOnlyList<JsonSection> Items(string field, Func<JsonElement, int, string> name)
    {
        if (!_element.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            Problem($"field '{field}' is missing or empty");
            return [];
        }

        var sections = new List<JsonSection>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            index++;
            if (item.ValueKind == JsonValueKind.Object)
            {
                sections.Add(new JsonSection(item, _context, File, name(item, index)));
            }
            else
            {
                Problem($"field '{field}' item {index} is not an object");
            }
        }

        return sections;
    }

    /// <summary>A child section for an element found through <see cref="Members"/>.</summary>
    public JsonSection Child(JsonElement element, string entry) => new(element, _context, File, entry);

    /// <summary>Names an array item by its "id" (or another field), falling back to its position.</summary>
    public static string NameOf(string kind, JsonElement item, int index, string idField = "id") =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(idField, out var id) && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(id.GetString())
            ? $"{kind} '{id.GetString()}'"
            : $"{kind} #{index}";

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
