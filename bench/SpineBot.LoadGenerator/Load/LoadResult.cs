namespace SpineBot.LoadGenerator.Load;

/// <summary>What one load phase measured against one bot over one channel.</summary>
internal sealed record LoadResult(
    string Server,
    string Channel,
    LoadPlan Plan,
    TimeSpan Elapsed,
    int Turns,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorKinds,
    int CompletedConversations,
    int StuckConversations,
    int FailedConversations,
    Percentiles Latency,
    IReadOnlyList<string> CompletedConversationIds)
{
    public double TurnsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Turns / Elapsed.TotalSeconds;

    public double ErrorRate => Turns + Errors == 0 ? 0 : (double)Errors / (Turns + Errors);
}
