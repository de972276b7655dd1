using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SpineBot.Content.Loading;

/// <summary>
/// Reads each content file of one language into its record; a file that is missing, malformed or of the wrong shape
/// (an unknown member, a value of the wrong kind) is reported with its JSON path and line, and is absent.
/// </summary>
internal sealed class ContentDocuments
{
    private readonly IReadOnlyDictionary<string, string?> _texts;
    private readonly ContentReadContext _context;

    public ContentDocuments(IReadOnlyDictionary<string, string?> texts, ContentReadContext context)
    {
        _texts = texts;
        _context = context;
    }

    /// <summary>The file's record, or <c>null</c> (and a reported problem) when it could not be read.</summary>
    public T? Read<T>(string fileName, JsonTypeInfo<T> typeInfo)
        where T : ContentFileJson
    {
        var path = _context.DisplayPath(fileName);
        if (!_texts.TryGetValue(fileName, out var text) || text is null)
        {
            _context.Issues.Add(path, "file", "the file is missing");
            return null;
        }

        try
        {
            var record = JsonSerializer.Deserialize(text, typeInfo);
            if (record is null)
            {
                _context.Issues.Add(path, "file", "the file must hold a JSON object");
            }

            return record;
        }
        catch (JsonException ex)
        {
            var (entry, problem) = ContentJsonProblem.Describe(ex, typeInfo);
            _context.Issues.Add(path, entry, problem);
            return null;
        }
    }

    /// <summary>Reads the file and checks it with <paramref name="check"/>; the default when it could not be read.</summary>
    public T? Check<TJson, T>(string fileName, JsonTypeInfo<TJson> typeInfo, Func<TJson, ContentEntry, T> check)
        where TJson : ContentFileJson =>
        Read(fileName, typeInfo) is { } json ? check(json, Root(fileName)) : default;

    /// <summary>The file's top level, for checking its members.</summary>
    public ContentEntry Root(string fileName) => new(_context, _context.DisplayPath(fileName), "top level");
}
