using System.Text.Json;

namespace SpineBot.Content.Loading;

/// <summary>The parsed content files of one language; a file that is missing or malformed is reported and absent.</summary>
internal sealed class ContentDocuments : IDisposable
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, JsonDocument> _documents = new(StringComparer.Ordinal);
    private readonly ContentReadContext _context;

    private ContentDocuments(ContentReadContext context)
    {
        _context = context;
    }

    /// <summary>Parses each file's text; <c>null</c> text means the file is missing.</summary>
    public static ContentDocuments Parse(IReadOnlyDictionary<string, string?> texts, ContentReadContext context)
    {
        var documents = new ContentDocuments(context);
        foreach (var (fileName, text) in texts)
        {
            var path = context.DisplayPath(fileName);
            if (text is null)
            {
                context.Issues.Add(path, "file", "the file is missing");
                continue;
            }

            try
            {
                var document = JsonDocument.Parse(text, Options);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    documents._documents[fileName] = document;
                }
                else
                {
                    document.Dispose();
                    context.Issues.Add(path, "file", "the file must hold a JSON object");
                }
            }
            catch (JsonException ex)
            {
                context.Issues.Add(path, "file", $"malformed JSON: {ex.Message}");
            }
        }

        return documents;
    }

    /// <summary>The top-level object of a file, or <c>null</c> if it could not be read.</summary>
    public JsonSection? Root(string fileName) =>
        _documents.TryGetValue(fileName, out var document)
            ? new JsonSection(document.RootElement, _context, _context.DisplayPath(fileName), "top level")
            : null;

    public void Dispose()
    {
        foreach (var document in _documents.Values)
        {
            document.Dispose();
        }

        _documents.Clear();
    }
}
