namespace SpineBot.LoadGenerator.Report;

/// <summary>
/// Puts the latest results into docs/performance.md between its two markers, leaving the hand-written analysis
/// around them as it is (a missing file or missing markers get a minimal document or a section at the end).
/// </summary>
internal static class PerformanceDocument
{
    public const string Begin = "<!-- bench:results:begin (written by bench/run.sh; edits inside are overwritten) -->";
    public const string End = "<!-- bench:results:end -->";

    public static void WriteResults(string path, string resultsMarkdown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(resultsMarkdown);

        var block = Begin + "\n\n" + resultsMarkdown.TrimEnd() + "\n\n" + End;
        var document = File.Exists(path) ? File.ReadAllText(path) : "# Performance\n\n## Latest results\n\n" + Begin + "\n" + End + "\n";
        var begin = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        document = begin >= 0 && end > begin
            ? string.Concat(document.AsSpan(0, begin), block, document.AsSpan(end + End.Length))
            : document.TrimEnd() + "\n\n## Latest results\n\n" + block + "\n";

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, document);
    }
}
