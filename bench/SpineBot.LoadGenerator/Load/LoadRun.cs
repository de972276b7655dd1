using System.Diagnostics;
using System.Globalization;
using SpineBot.LoadGenerator.Drivers;
using SpineBot.LoadGenerator.Scripts;

namespace SpineBot.LoadGenerator.Load;

/// <summary>
/// Runs a <see cref="LoadPlan"/>: its runners start spread over the first pause (or at once in a closed loop), each
/// plays the scripts in turn as new conversations until the duration or the conversation count is reached.
/// Bounded: nothing new starts after the deadline, and every request has the client's timeout.
/// </summary>
internal sealed class LoadRun(PromptCatalogue prompts, IReadOnlyList<TriageScript> scripts, Action<string>? trace = null)
{
    private static int s_runNumber;

    public async Task<LoadResult> RunAsync(string server, IConversationChannel channel, LoadPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(plan);

        var recorder = new TurnRecorder();
        var player = new ConversationPlayer(prompts, recorder, plan.Play, trace);
        var runId = string.Create(CultureInfo.InvariantCulture, $"bench-{Environment.ProcessId}-{Interlocked.Increment(ref s_runNumber)}");
        var started = 0;
        var clock = Stopwatch.StartNew();
        var deadline = DateTimeOffset.UtcNow + plan.Duration;

        async Task RunnerAsync(int runner)
        {
            if (plan.Play.Thinks)
            {
                var offset = plan.Play.MaxThink.TotalMilliseconds * runner / Math.Max(1, plan.Runners);
                await Task.Delay(TimeSpan.FromMilliseconds(offset), cancellationToken);
            }

            while (DateTimeOffset.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
            {
                var number = Interlocked.Increment(ref started);
                if (plan.MaxConversations is { } max && number > max)
                {
                    return;
                }

                var script = scripts[(number - 1) % scripts.Count];
                trace?.Invoke($"== {server}, {channel.Name}: script {script.Name}");
                var conversation = channel.Open(string.Create(CultureInfo.InvariantCulture, $"{runId}-{number}"));
                await player.PlayAsync(conversation, script, deadline, cancellationToken);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, plan.Runners).Select(runner => Task.Run(() => RunnerAsync(runner), cancellationToken)));
        clock.Stop();

        var latencies = recorder.SortedLatenciesMs();
        return new LoadResult(
            server,
            channel.Name,
            plan,
            clock.Elapsed,
            latencies.Length,
            recorder.ErrorCount,
            new Dictionary<string, int>(recorder.Errors, StringComparer.Ordinal),
            recorder.CompletedConversations,
            recorder.StuckConversations,
            recorder.FailedConversations,
            Percentiles.Of(latencies),
            [.. recorder.CompletedConversationIds]);
    }
}
