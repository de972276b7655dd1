using System.Globalization;
using System.Text;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Levels;

namespace SpineBot.Conversation.Tests.Safety;

/// <summary>
/// docs/clinical-safety.md lists every rule of dialogs/en/red-flags.json (id, level, source, an example from the
/// corpus); the table is regenerated with SPINEBOT_WRITE_DOCS=1 and must match the content otherwise.
/// </summary>
public sealed class ClinicalSafetyDocsTests
{
    private const string Start = "<!-- rules:start -->\n";
    private const string End = "<!-- rules:end -->";
    private static readonly string DocPath = Path.Combine(RepositoryFolders.Docs, "clinical-safety.md");

    [Fact]
    public async Task The_rules_table_in_the_docs_is_every_rule_in_the_content()
    {
        using var bot = new BotHarness();
        var table = RulesTable(bot);
        var doc = (await File.ReadAllTextAsync(DocPath)).ReplaceLineEndings("\n");
        var from = doc.IndexOf(Start, StringComparison.Ordinal);
        var to = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/clinical-safety.md has no rules markers.");

        if (Environment.GetEnvironmentVariable("SPINEBOT_WRITE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(DocPath, doc[..(from + Start.Length)] + table + doc[to..]);
            return;
        }

        Assert.Equal(table, doc[(from + Start.Length)..to]);
    }

    private static string RulesTable(BotHarness bot)
    {
        var examples = CorpusExamples();
        var rules = bot.Content.Triage.RedFlags.Rules;
        var text = new StringBuilder();
        text.Append("| id | kind | level | source | example (from the corpus) |\n|---|---|---|---|---|\n");
        foreach (var flag in rules.Flags)
        {
            Row(text, flag.Id, "warning sign", flag.Level.ContentName(), flag.Source, examples);
        }

        foreach (var combination in rules.Combinations)
        {
            Row(text, combination.Id, $"combination of {string.Join(" + ", combination.When)}", combination.Level.ContentName(), combination.Source, examples);
        }

        foreach (var risk in rules.RiskFactors)
        {
            Row(text, risk.Id, "risk factor (raises a level only in a combination)", "-", "-", examples);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string id, string kind, string level, string source, Dictionary<string, string> examples) =>
        text.Append(CultureInfo.InvariantCulture, $"| `{id}` | {kind} | {level} | `{source}` | {(examples.TryGetValue(id, out var example) ? $"\"{example.Replace("|", "\\|", StringComparison.Ordinal)}\"" : "-")} |\n");

    private static Dictionary<string, string> CorpusExamples()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Safety", "Corpus", "red-flag-corpus.tsv");
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cells in File.ReadLines(path).Where(line => !line.StartsWith('#')).Select(line => line.Split('\t')).Where(cells => cells.Length >= 3))
        {
            if (TriageLevels.TryParse(cells[0], out _) && !cells[2].Contains('\\', StringComparison.Ordinal))
            {
                examples.TryAdd(cells[1], cells[2]);
            }
        }

        return examples;
    }
}
