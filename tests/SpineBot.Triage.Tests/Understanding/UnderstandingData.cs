namespace SpineBot.Triage.Tests.Understanding;

/// <summary>Reads the test tables under Understanding/Data (tab-separated, "#" comments).</summary>
internal static class UnderstandingData
{
    private static string Folder => Path.Combine(RepositoryFolders.Root, "tests", "SpineBot.Triage.Tests", "Understanding", "Data");

    public static IEnumerable<string[]> Rows(string fileName) =>
        File.ReadAllLines(Path.Combine(Folder, fileName))
            .Where(line => !line.StartsWith('#') && line.Trim().Length > 0)
            .Select(line => line.Split('\t'));
}
