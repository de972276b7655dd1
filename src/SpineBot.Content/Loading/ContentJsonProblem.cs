using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace SpineBot.Content.Loading;

/// <summary>Says what a <see cref="JsonException"/> from reading a content file means, in the words of the file.</summary>
internal static partial class ContentJsonProblem
{
    private const string UnmappedStart = "The JSON property '";
    private const string NotConvertedStart = "The JSON value could not be converted to ";

    /// <summary>The entry (the JSON path, or "file") and the problem, with the line and position.</summary>
    public static (string Entry, string Problem) Describe(JsonException exception, JsonTypeInfo file)
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
                : (path, $"{where}: wrong kind of value, expected {Expected(file, path)}");
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

    /// <summary>What the member at <paramref name="path"/> takes, found by walking the file's record types.</summary>
    private static string Expected(JsonTypeInfo file, string path)
    {
        var type = file.Type;
        JsonPropertyInfo? property = null;
        foreach (Match segment in PathSegment().Matches(path))
        {
            var info = file.Options.GetTypeInfo(type);
            property = null;
            if (info.Kind == JsonTypeInfoKind.Object && segment.Groups["name"].Success)
            {
                property = info.Properties.FirstOrDefault(member => member.Name == segment.Groups["name"].Value);
                type = property?.PropertyType;
            }
            else
            {
                type = info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary ? info.ElementType : null;
            }

            if (type is null)
            {
                return "another kind of value";
            }

            type = Nullable.GetUnderlyingType(type) ?? type;
        }

        return property?.CustomConverter is OneOrManyTextsConverter ? "a text or a list of texts" : Describe(file.Options.GetTypeInfo(type));
    }

    private static string Describe(JsonTypeInfo info) => info.Kind switch
    {
        JsonTypeInfoKind.Enumerable when info.ElementType == typeof(string) => "a list of texts",
        JsonTypeInfoKind.Enumerable => "a list",
        JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
        _ when info.Type == typeof(string) => "a text",
        _ when info.Type == typeof(int) => "a whole number",
        _ when info.Type == typeof(double) => "a number",
        _ when info.Type == typeof(bool) => "true or false",
        _ => info.Type.Name,
    };

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<name>(?:[^']|'')*)'\]|\[(?<index>[0-9]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex PathSegment();
}
