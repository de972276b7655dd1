using System.Text.Json;
using System.Text.RegularExpressions;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Tests.Languages;

/// <summary>
/// Every shipped language folder (dialogs/en, dialogs/es, ...) holds every file, loads, and has the same ids,
/// values, numbers and placeholders as English, so no rule or message can ship in one language only.
/// </summary>
public sealed class LanguageFoldersTests
{
    private const string RedFlags = "red-flags.json";

    private static IEnumerable<string> OtherLanguageFolders() =>
        Directory.EnumerateDirectories(RepositoryFolders.Dialogs)
            .Select(folder => Path.GetFileName(folder))
            .Where(folder => folder != ContentLoader.DefaultLanguage && folder != "schema")
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> OtherLanguages() => new(OtherLanguageFolders());

    [Fact]
    public void Spanish_is_shipped()
    {
        Assert.Contains("es", OtherLanguageFolders());
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_language_holds_every_content_file(string language)
    {
        var missing = ContentLoader.FileNames.Where(name => !File.Exists(Path.Combine(RepositoryFolders.Dialogs, language, name)));

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_file_has_the_same_ids_values_numbers_and_placeholders_as_english(string language)
    {
        var differences = new List<string>();
        foreach (var name in ContentLoader.FileNames)
        {
            var english = File.ReadAllText(Path.Combine(RepositoryFolders.Dialogs, "en", name));
            var other = File.ReadAllText(Path.Combine(RepositoryFolders.Dialogs, language, name));
            differences.AddRange(ContentOutline.Differences(english, other).Select(difference => $"dialogs/{language}/{name} {difference}"));
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void The_language_loads_with_the_content_loader(string language)
    {
        var folder = Path.Combine(RepositoryFolders.Dialogs, language);
        var texts = ContentLoader.FileNames.ToDictionary(name => name, name => (string?)File.ReadAllText(Path.Combine(folder, name)), StringComparer.Ordinal);
        var content = ContentAssembler.Assemble(texts, language);

        Assert.Equal(language, content.Language);
        Assert.Equal(ShippedEnglishCauseIds, content.Causes.Select(cause => cause.Id));
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_red_flag_has_a_known_level_and_source_and_every_pattern_compiles(string language)
    {
        using var document = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(RepositoryFolders.Dialogs, language, RedFlags)),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var sources = root.GetProperty("sources").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var words = root.GetProperty("words").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        string[] levels = ["self-care", "consultation", "consultation-24h", "emergency", "emergency-ambulance", "crisis"];
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);

        foreach (var section in new[] { "flags", "riskFactors" })
        {
            foreach (var rule in root.GetProperty(section).EnumerateArray())
            {
                var id = rule.GetProperty("id").GetString()!;
                ids.Add(id);
                if (section == "flags" && (!levels.Contains(rule.GetProperty("level").GetString()) || !sources.Contains(rule.GetProperty("source").GetString()!)))
                {
                    problems.Add($"{id}: unknown level or source");
                }

                foreach (var field in new[] { "patterns", "exceptions" })
                {
                    if (!rule.TryGetProperty(field, out var patterns))
                    {
                        continue;
                    }

                    foreach (var pattern in patterns.EnumerateArray().Select(p => p.GetString()!))
                    {
                        var expanded = words.Aggregate(pattern, (text, word) => text.Replace("{" + word.Key + "}", word.Value, StringComparison.Ordinal));
                        if (Regex.IsMatch(expanded, @"\{[a-z][A-Za-z]*\}", RegexOptions.CultureInvariant))
                        {
                            problems.Add($"{id}: '{pattern}' uses a word piece that \"words\" does not define");
                        }

                        try
                        {
                            _ = new Regex(expanded, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
                        }
                        catch (ArgumentException error)
                        {
                            problems.Add($"{id}: '{pattern}' does not compile ({error.Message})");
                        }
                    }
                }
            }
        }

        foreach (var combination in root.GetProperty("combinations").EnumerateArray())
        {
            var unknown = combination.GetProperty("when").EnumerateArray().Select(w => w.GetString()!).Where(w => !ids.Contains(w));
            problems.AddRange(unknown.Select(w => $"{combination.GetProperty("id").GetString()}: unknown '{w}'"));
        }

        problems.AddRange(levels.Skip(1).Where(level => !root.GetProperty("levels").TryGetProperty(level, out _)).Select(level => $"levels.{level} missing"));
        Assert.Empty(problems);
    }

    [Fact]
    public void A_joined_safety_check_part_with_another_level_or_id_than_english_is_named()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var english = File.ReadAllText(Path.Combine(RepositoryFolders.Dialogs, "en", RedFlags));
        var spanish = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Dialogs, "es", RedFlags)), documentOptions: options)!;
        var parts = spanish["screening"]!["groups"]![0]!["which"]!["parts"]!;
        parts[1]!["level"] = "consultation";
        parts[0]!["id"] = "corazon";

        var differences = ContentOutline.Differences(english, spanish.ToJsonString());

        Assert.Contains(differences, difference => difference.StartsWith("$.screening.groups[0].which.parts[1].level: 'emergency' in English", StringComparison.Ordinal));
        Assert.Contains(differences, difference => difference.StartsWith("$.screening.groups[0].which.parts[0].id: 'heart-lungs' in English", StringComparison.Ordinal));
    }

    private static readonly string[] ShippedEnglishCauseIds = ["going-overboard", "weak-core", "running-form", "dehydration", "foot-strike"];
}
