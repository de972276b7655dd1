using SpineBot.Triage.Levels;

namespace SpineBot.Conversation.Tests.Safety;

/// <summary>One phrasing of the red-flag corpus (tests/SpineBot.Triage.Tests/RedFlags/Corpus) with its expected level.</summary>
internal sealed record CorpusRow(string Section, TriageLevel Level, string Text)
{
    /// <summary>The corpus, at most <paramref name="perSection"/> rows of each section.</summary>
    public static IReadOnlyList<CorpusRow> Sample(int perSection)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Safety", "Corpus", "red-flag-corpus.tsv");
        var rows = new List<CorpusRow>();
        var section = string.Empty;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..];
                continue;
            }

            var cells = line.Split('\t');
            if (line.StartsWith('#') || cells.Length < 3 || !TriageLevels.TryParse(cells[0], out var level))
            {
                continue;
            }

            if (rows.Count(row => row.Section == section) < perSection)
            {
                rows.Add(new CorpusRow(section, level, cells[2].Replace("\\0", "\0", StringComparison.Ordinal)));
            }
        }

        return rows;
    }
}
