using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpineBot.Content.Loading;

/// <summary>
/// What must be the same in every language of one content file: the keys, the ids, slot names, values, levels and
/// sources, the numbers, and the placeholders ({clinicPhone}) and named regex groups ((?&lt;n&gt;...)) each text or
/// list of patterns uses. Texts, synonyms and patterns themselves differ; so do the vocabulary tables whose keys are
/// words of the language (numberWords, quantityWords), the list of relative durations, and which named word pieces
/// the patterns use.
/// </summary>
internal static partial class ContentOutline
{
    private static readonly HashSet<string> IdentifierKeys =
        ["id", "slot", "about", "choices", "value", "cause", "level", "source", "when", "bestTimeChoices", "consentChoices", "callLink", "phoneLink", "emergencyLink", "emergencyNumber", "phone"];

    private static readonly HashSet<string> WordKeyedTables = ["numberWords", "quantityWords"];

    private static readonly HashSet<string> FreeLengthLists = ["relative"];

    // Patterns written in the language's own words: which named pieces ({cannot}, {numb}) each uses is vocabulary.
    // The red-flag test checks that every piece a pattern uses is defined in the file's "words".
    private static readonly HashSet<string> VocabularyPatternLists = ["patterns", "exceptions"];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Every difference between the two files' outlines, each naming the path; empty when they match.</summary>
    public static List<string> Differences(string englishJson, string otherJson)
    {
        using var english = JsonDocument.Parse(englishJson, Options);
        using var other = JsonDocument.Parse(otherJson, Options);
        var differences = new List<string>();
        Compare(english.RootElement, other.RootElement, "$", null, differences);
        return differences;
    }

    private static void Compare(JsonElement english, JsonElement other, string path, string? key, List<string> differences)
    {
        if (english.ValueKind != other.ValueKind)
        {
            differences.Add($"{path}: {english.ValueKind} in English, {other.ValueKind} here");
            return;
        }

        switch (english.ValueKind)
        {
            case JsonValueKind.Object when key is not null && WordKeyedTables.Contains(key):
                CompareMarkers(english.EnumerateObject().Select(p => p.Value.ToString()), other.EnumerateObject().Select(p => p.Value.ToString()), path, differences);
                break;
            case JsonValueKind.Object:
                var englishKeys = english.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var otherKeys = other.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                differences.AddRange(englishKeys.Except(otherKeys).Where(missing => !VocabularyPatternLists.Contains(missing)).Select(missing => $"{path}.{missing}: missing"));
                differences.AddRange(otherKeys.Except(englishKeys).Select(extra => $"{path}.{extra}: not in English"));
                foreach (var name in englishKeys.Intersect(otherKeys))
                {
                    Compare(english.GetProperty(name), other.GetProperty(name), $"{path}.{name}", name, differences);
                }

                break;
            case JsonValueKind.Array when key is not null && VocabularyPatternLists.Contains(key) && IsTextList(english) && IsTextList(other):
                break;
            case JsonValueKind.Array when IsTextList(english) && IsTextList(other) && !IsIdentifier(key):
                // Synonyms, patterns, self-care lines: any number, but the same placeholders and named groups overall.
                CompareMarkers(english.EnumerateArray().Select(e => e.GetString()!), other.EnumerateArray().Select(e => e.GetString()!), path, differences);
                break;
            case JsonValueKind.Array when key is not null && FreeLengthLists.Contains(key):
                CompareMarkers(english.EnumerateArray().Select(e => e.ToString()), other.EnumerateArray().Select(e => e.ToString()), path, differences);
                break;
            case JsonValueKind.Array:
                var englishItems = english.EnumerateArray().ToList();
                var otherItems = other.EnumerateArray().ToList();
                if (englishItems.Count != otherItems.Count)
                {
                    differences.Add($"{path}: {englishItems.Count} entries in English, {otherItems.Count} here");
                    return;
                }

                for (var i = 0; i < englishItems.Count; i++)
                {
                    Compare(englishItems[i], otherItems[i], $"{path}[{i}]", key, differences);
                }

                break;
            case JsonValueKind.String when IsIdentifier(key) || path.StartsWith("$.sources.", StringComparison.Ordinal):
                if (english.GetString() != other.GetString())
                {
                    differences.Add($"{path}: '{english.GetString()}' in English, '{other.GetString()}' here");
                }

                break;
            case JsonValueKind.String:
                CompareMarkers([english.GetString()!], [other.GetString()!], path, differences);
                break;
            default:
                if (english.GetRawText() != other.GetRawText())
                {
                    differences.Add($"{path}: {english.GetRawText()} in English, {other.GetRawText()} here");
                }

                break;
        }
    }

    private static bool IsIdentifier(string? key) => key is not null && IdentifierKeys.Contains(key);

    private static bool IsTextList(JsonElement array) => array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String);

    private static void CompareMarkers(IEnumerable<string> english, IEnumerable<string> other, string path, List<string> differences)
    {
        var englishMarkers = Markers(english);
        var otherMarkers = Markers(other);
        if (!englishMarkers.SetEquals(otherMarkers))
        {
            differences.Add($"{path}: uses {Show(englishMarkers)} in English, {Show(otherMarkers)} here");
        }
    }

    private static HashSet<string> Markers(IEnumerable<string> texts) =>
        texts.SelectMany(text => Placeholder().Matches(text).Select(m => m.Value).Concat(NamedGroup().Matches(text).Select(m => m.Value)))
            .ToHashSet(StringComparer.Ordinal);

    private static string Show(HashSet<string> markers) => markers.Count == 0 ? "none" : string.Join(" ", markers.Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\(\?<[A-Za-z][A-Za-z0-9]*>", RegexOptions.CultureInvariant)]
    private static partial Regex NamedGroup();
}
