using System.Collections.Concurrent;
using System.Diagnostics;

namespace SpineBot.LoadGenerator.Load;

/// <summary>
/// Collects every turn's latency (Stopwatch ticks) and every failure's reason, from many conversations at once, and
/// the ids of conversations that played their whole script.
/// </summary>
internal sealed class TurnRecorder
{
    private const int MaxKeptConversationIds = 2000;

    private readonly Lock _gate = new();
    private readonly List<long> _latencies = new(capacity: 1 << 16);
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _completedIds = new();
    private int _completed;
    private int _stuck;
    private int _failed;

    public int CompletedConversations => Volatile.Read(ref _completed);

    public int StuckConversations => Volatile.Read(ref _stuck);

    public int FailedConversations => Volatile.Read(ref _failed);

    public IReadOnlyDictionary<string, int> Errors => _errors;

    public IReadOnlyCollection<string> CompletedConversationIds => _completedIds;

    public int ErrorCount => _errors.Values.Sum();

    public void Turn(long elapsedTicks)
    {
        lock (_gate)
        {
            _latencies.Add(elapsedTicks);
        }
    }

    public void Error(string reason) => _errors.AddOrUpdate(reason, 1, (_, count) => count + 1);

    public void Completed(string? conversationId)
    {
        if (Interlocked.Increment(ref _completed) <= MaxKeptConversationIds && conversationId is not null)
        {
            _completedIds.Enqueue(conversationId);
        }
    }

    public void Stuck() => Interlocked.Increment(ref _stuck);

    public void Failed() => Interlocked.Increment(ref _failed);

    /// <summary>The latencies so far, in milliseconds, sorted.</summary>
    public double[] SortedLatenciesMs()
    {
        long[] ticks;
        lock (_gate)
        {
            ticks = [.. _latencies];
        }

        Array.Sort(ticks);
        return ticks.Select(tick => tick * 1000.0 / Stopwatch.Frequency).ToArray();
    }
}
