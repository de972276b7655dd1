using System.Text;

namespace SpineBot.Resilience.Tests.Hosting;

/// <summary>Reads the bot's console output (the simple formatter: a "level: category" line, then indented lines).</summary>
internal static class BotLog
{
    private static readonly string[] ProblemLevels = ["warn: ", "fail: ", "crit: "];

    /// <summary>The warnings, errors and critical entries, each with its message and stack trace, at most <paramref name="most"/>.</summary>
    public static string Problems(string output, int most = 5)
    {
        ArgumentNullException.ThrowIfNull(output);
        var entries = new List<StringBuilder>();
        StringBuilder? current = null;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith(' '))
            {
                current?.AppendLine(line.TrimEnd('\r'));
            }
            else if (ProblemLevels.Any(level => line.StartsWith(level, StringComparison.Ordinal)))
            {
                current = new StringBuilder().AppendLine(line.TrimEnd('\r'));
                entries.Add(current);
            }
            else
            {
                current = null;
            }
        }

        return entries.Count == 0
            ? "(no warnings or errors in the bot's output)"
            : $"{entries.Count} warnings or errors in the bot's output; the first {Math.Min(most, entries.Count)}:\n" + string.Concat(entries.Take(most));
    }
}
