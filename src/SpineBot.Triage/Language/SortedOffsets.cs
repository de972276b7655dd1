namespace SpineBot.Triage.Language;

/// <summary>Binary searches over offsets in ascending order, so reading a long message stays linear-logarithmic.</summary>
internal static class SortedOffsets
{
    /// <summary>The index of the last item whose offset is at or before <paramref name="offset"/>, or -1.</summary>
    public static int LastAtOrBefore<T>(IReadOnlyList<T> items, Func<T, int> offsetOf, int offset)
    {
        int low = 0, high = items.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (offsetOf(items[middle]) <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>The items whose offsets fall in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static IEnumerable<T> Between<T>(IReadOnlyList<T> items, Func<T, int> offsetOf, int start, int end)
    {
        for (var i = LastAtOrBefore(items, offsetOf, start - 1) + 1; i < items.Count && offsetOf(items[i]) < end; i++)
        {
            yield return items[i];
        }
    }

    /// <summary>Whether any offset falls in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool AnyBetween(IReadOnlyList<int> offsets, int start, int end) =>
        Between(offsets, offset => offset, start, end).Any();
}
