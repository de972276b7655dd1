using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Story;

/// <summary>
/// The last few readings of <see cref="RunnerStoryReader"/> on this thread. One runner's message is read several times
/// in its turn (as a correction of what is known, on its own to see whether it tells a story, as the answer to the
/// pending question), each time with every language's rules; the reading is a pure function of the reader, the text,
/// what was known and the day, so a repeated reading is answered from here. Per thread, so it needs no lock; a turn
/// that moves to another thread only reads again.
/// </summary>
internal static class RecentStoryReadings
{
    private const int Size = 8;

    [ThreadStatic]
    private static Entry[]? t_entries;

    [ThreadStatic]
    private static int t_next;

    public static RunnerReport? Find(RunnerStoryReader reader, string? text, RunnerReport? known, DateOnly today)
    {
        var entries = t_entries;
        if (entries is null)
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry is not null
                && ReferenceEquals(entry.Reader, reader)
                && entry.Today == today
                && string.Equals(entry.Text, text, StringComparison.Ordinal)
                && Equals(entry.Known, known))
            {
                return entry.Report;
            }
        }

        return null;
    }

    public static void Remember(RunnerStoryReader reader, string? text, RunnerReport? known, DateOnly today, RunnerReport report)
    {
        var entries = t_entries ??= new Entry[Size];
        entries[t_next] = new Entry(reader, text, known, today, report);
        t_next = (t_next + 1) % Size;
    }

    private sealed record Entry(RunnerStoryReader Reader, string? Text, RunnerReport? Known, DateOnly Today, RunnerReport Report);
}
