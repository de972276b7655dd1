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

    /// <summary>The bot process's CPU time over the phase (user and system), set by the bench run; zero when not read.</summary>
    public TimeSpan ServerCpu { get; init; }

    /// <summary>The bot's CPU milliseconds per answered turn: unlike turns per second, barely moved by other work on the machine.</summary>
    public double CpuMillisecondsPerTurn => Turns == 0 || ServerCpu <= TimeSpan.Zero ? double.NaN : ServerCpu.TotalMilliseconds / Turns;

    public double ErrorRate => Turns + Errors == 0 ? 0 : (double)Errors / (Turns + Errors);
}
