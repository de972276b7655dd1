namespace SpineBot.Triage.Tests.RedFlags;

/// <summary>
/// How runners describe warning signs, ordinary aches, denials, other people's troubles, past troubles and questions,
/// with the level and finding the screen must give (Corpus/red-flag-corpus.tsv: level, finding id or "-", message;
/// "\0" in a message stands for a NUL character).
/// </summary>
public static class RedFlagCorpus
{
    private static readonly Lazy<IReadOnlyList<(string Level, string Finding, string Message)>> Rows = new(Load);

    /// <summary>Every row of the corpus.</summary>
    public static IReadOnlyList<(string Level, string Finding, string Message)> All => Rows.Value;

    /// <summary>Every row, as test data.</summary>
    public static TheoryData<string, string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (level, finding, message) in All)
            {
                data.Add(level, finding, message);
            }

            return data;
        }
    }

    private static List<(string Level, string Finding, string Message)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "RedFlags", "Corpus", "red-flag-corpus.tsv");
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 3))
            .Select(parts => (parts[0], parts[1], parts.Length > 2 ? parts[2].Replace("\\0", "\0", StringComparison.Ordinal) : string.Empty))
            .ToList();
    }
}
