namespace SpineBot.LoadGenerator.Measurements;

/// <summary>Process start to first expectReplies reply, over several fresh starts.</summary>
internal sealed record ColdStart(IReadOnlyList<TimeSpan> Runs)
{
    public TimeSpan Median
    {
        get
        {
            if (Runs.Count == 0)
            {
                return TimeSpan.Zero;
            }

            var sorted = Runs.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}
