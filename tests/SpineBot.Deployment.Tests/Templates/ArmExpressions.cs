using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpineBot.Deployment.Tests.Templates;

/// <summary>Reads ARM template language expressions ("[...]") out of template JSON.</summary>
internal static partial class ArmExpressions
{
    /// <summary>Every string in the node: property names and string values, at any depth.</summary>
    public static IEnumerable<string> StringsIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    yield return name;
                    foreach (var text in StringsIn(value))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var text in StringsIn(item))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return text;
                break;
        }
    }

    /// <summary>True when the string is an expression evaluated at deployment, not a literal.</summary>
    public static bool IsExpression(string text) =>
        text.StartsWith('[') && text.EndsWith(']') && !text.StartsWith("[[", StringComparison.Ordinal);

    /// <summary>Names passed to parameters('...') anywhere in the node.</summary>
    public static ISet<string> ParameterNamesUsedIn(JsonNode? node) => NamesUsedIn(node, ParameterCall());

    /// <summary>Names passed to variables('...') anywhere in the node.</summary>
    public static ISet<string> VariableNamesUsedIn(JsonNode? node) => NamesUsedIn(node, VariableCall());

    /// <summary>Quoted API versions inside expressions, e.g. reference(id, '2024-11-30').</summary>
    public static ISet<string> ApiVersionsQuotedIn(JsonNode? node) => NamesUsedIn(node, QuotedApiVersion());

    private static HashSet<string> NamesUsedIn(JsonNode? node, Regex call) =>
        StringsIn(node)
            .Where(IsExpression)
            .SelectMany(text => call.Matches(text).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\bparameters\(\s*'([^']+)'\s*\)")]
    private static partial Regex ParameterCall();

    [GeneratedRegex(@"\bvariables\(\s*'([^']+)'\s*\)")]
    private static partial Regex VariableCall();

    [GeneratedRegex(@"'(\d{4}-\d{2}-\d{2}(?:-[a-z]+)?)'")]
    private static partial Regex QuotedApiVersion();
}
