using System.Text.Json;

namespace SpineBot.Content.Loading;

/// <summary>Says what a <see cref="JsonException"/> from reading a content file means, in the words of the file.</summary>
internal static class ContentJsonProblem
{
    private const string UnmappedStart = "The JSON property '";
    private const string NotConvertedStart = "The JSON value could not be converted to ";

    /// <summary>The entry (the JSON path, or "file") and the problem, with the line and position.</summary>
    public static (string Entry, string Problem) Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var path = string.IsNullOrEmpty(exception.Path) ? "file" : exception.Path;
        var where = exception.LineNumber is { } line
            ? $"line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1}"
            : "unknown line";
        var message = WithoutLocation(exception.Message);
        if (message.StartsWith(UnmappedStart, StringComparison.Ordinal))
        {
            var name = message[UnmappedStart.Length..].Split('\'')[0];
            return (path, $"{where}: unknown member '{name}' (misspelt, or not part of this file; its schema lists the members)");
        }

        if (message.StartsWith(NotConvertedStart, StringComparison.Ordinal))
        {
            return path == "$"
                ? ("file", "the file must hold a JSON object")
                : (path, $"{where}: wrong kind of value, expected {Expected(message[NotConvertedStart.Length..])}");
        }

        return (path, $"malformed JSON at {where}: {message}");
    }

    private static string WithoutLocation(string message)
    {
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.Trim();
    }

    private static string Expected(string typeName) => typeName.TrimEnd('.') switch
    {
        var name when name.Contains("List`1[System.String]", StringComparison.Ordinal) => "a list of texts",
        var name when name.Contains("List`1", StringComparison.Ordinal) => "a list",
        var name when name.Contains("Dictionary`2", StringComparison.Ordinal) || name.EndsWith("Json", StringComparison.Ordinal) => "an object",
        var name when name.Contains("System.String", StringComparison.Ordinal) => "a text",
        var name when name.Contains("System.Int32", StringComparison.Ordinal) => "a whole number",
        var name when name.Contains("System.Double", StringComparison.Ordinal) => "a number",
        var name when name.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
        var name => name,
    };
}
