using System.Globalization;
using SpineBot.LoadGenerator.Drivers;
using SpineBot.LoadGenerator.Load;
using SpineBot.LoadGenerator.Measurements;
using SpineBot.LoadGenerator.Options;
using SpineBot.LoadGenerator.Scripts;
using SpineBot.LoadGenerator.Servers;

namespace SpineBot.LoadGenerator.Run;

/// <summary>
/// The whole side-by-side run, in one process and one invocation: cold starts (fresh processes, interleaved), then
/// the three bots side by side for warm-up, throughput rounds (interleaved, order rotated each round), latency at
/// 200 conversations and the Direct Line mode, the stored state per conversation, and finally memory after many
/// short conversations (fresh processes).
/// </summary>
internal sealed class BenchRun(BenchOptions options, HttpClient http, TextWriter console)
{
    private const string InterimEchoPrefix = "echo: ";

    public async Task<BenchResults> RunAsync(CancellationToken cancellationToken)
    {
        var root = options.RepoRoot;
        var profile = options.Profile;
        var scripts = TriageScript.LoadAll(Path.Combine(root, "bench", "scripts"));
        var prompts = new PromptCatalogue(Path.Combine(root, "dialogs", "en"));
        var work = Path.Combine(root, "bench", "results", "work");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var launcher = new ServerLauncher(http, work);
        var load = new LoadRun(prompts, scripts);
        var results = new BenchResults(DateTimeOffset.Now, profile, MachineDescription.Describe(), options.Command, MachineDescription.Revision(root));
        foreach (var key in BenchOptions.Known.Where(options.Servers.Contains))
        {
            results.Servers.Add(new ServerFigures(key, ServerCatalogue.For(key, root)));
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        Say($"Bench ({profile.Name}) on {results.Machine}; {scripts.Count} scripts; work folder {work}");

        await MeasureColdStartsAsync(launcher, results, cancellationToken);

        var servers = new List<(ServerFigures Figures, RunningBotServer Server)>();
        try
        {
            foreach (var figures in results.Servers)
            {
                servers.Add((figures, await launcher.StartAsync(figures.Spec, cancellationToken)));
            }

            foreach (var (figures, server) in servers)
            {
                var waited = await server.WaitUntilIdleAsync(TimeSpan.FromSeconds(90), cancellationToken);
                Say($"{figures.Spec.Name}: idle {waited.TotalSeconds:0.0} s after its first reply (background start-up work done)");
            }

            results.InterimEchoBot = await IsInterimEchoBotAsync(servers, scripts[0], cancellationToken);
            if (results.InterimEchoBot)
            {
                Say($"NOTE: SpineBot answers with the host's interim echo bot, not the triage conversation.");
            }

            var closedLoop = PlayOptions.ClosedLoop();
            var thinking = new PlayOptions(profile.MinThink, profile.MaxThink);
            foreach (var (figures, server) in servers)
            {
                await RunAsync(load, figures, server, new LoadPlan("warm-up", 16, profile.WarmUp, closedLoop), directLine: false, cancellationToken);
            }

            for (var round = 0; round < profile.ThroughputRounds; round++)
            {
                foreach (var (figures, server) in Rotate(servers, round))
                {
                    var plan = new LoadPlan($"throughput round {round + 1}", profile.ThroughputRunners, profile.ThroughputDuration, closedLoop);
                    figures.Throughput.Add(await RunAsync(load, figures, server, plan, directLine: false, cancellationToken));
                }
            }

            var latencyPlan = new LoadPlan($"{profile.LatencyRunners} conversations with pauses", profile.LatencyRunners, profile.LatencyDuration, thinking);
            foreach (var (figures, server) in servers)
            {
                figures.Latency = await RunAsync(load, figures, server, latencyPlan, directLine: false, cancellationToken);
            }

            foreach (var (figures, server) in servers.Where(entry => entry.Figures.Spec.SupportsDirectLine))
            {
                var plan = new LoadPlan("Direct Line throughput", profile.ThroughputRunners, profile.ThroughputDuration, closedLoop);
                figures.DirectLineThroughput = await RunAsync(load, figures, server, plan, directLine: true, cancellationToken);
                figures.DirectLineLatency = await RunAsync(load, figures, server, latencyPlan with { Label = "Direct Line, " + latencyPlan.Label }, directLine: true, cancellationToken);
            }

            foreach (var (figures, server) in servers)
            {
                figures.State = StateSizeProbe.Measure(server.DatabasePath, figures.CompletedConversationIds);
                var state = figures.State;
                Say($"{figures.Spec.Name}: state after a whole script median {state.MedianBytes:0} bytes, max {state.MaxBytes:0} ({state.Conversations} conversations); unfinished median {state.UnfinishedMedianBytes:0}, max {state.UnfinishedMaxBytes:0} ({state.Unfinished})");
            }
        }
        finally
        {
            foreach (var (_, server) in servers)
            {
                await server.DisposeAsync();
            }
        }

        await MeasureMemoryAsync(launcher, load, results, cancellationToken);
        results.Duration = clock.Elapsed;
        return results;
    }

    /// <summary>Plays each script once against each bot (expectReplies), printing the conversations: to check scripts.</summary>
    public async Task TraceAsync(CancellationToken cancellationToken)
    {
        var root = options.RepoRoot;
        var scripts = TriageScript.LoadAll(Path.Combine(root, "bench", "scripts"));
        var prompts = new PromptCatalogue(Path.Combine(root, "dialogs", "en"));
        var launcher = new ServerLauncher(http, Path.Combine(root, "bench", "results", "trace"));
        var load = new LoadRun(prompts, scripts, console.WriteLine);
        foreach (var key in BenchOptions.Known.Where(options.Servers.Contains))
        {
            await using var server = await launcher.StartAsync(ServerCatalogue.For(key, root), cancellationToken);
            var plan = new LoadPlan("trace", 1, TimeSpan.FromMinutes(2), PlayOptions.ClosedLoop(), scripts.Count);
            var result = await load.RunAsync(server.Spec.Name, new ExpectRepliesChannel(http, server.BaseUrl), plan, cancellationToken);
            Say($"{server.Spec.Name}: {result.CompletedConversations} played to the end, {result.StuckConversations} stuck, {result.Errors} failed turns");
        }
    }

    private async Task MeasureColdStartsAsync(ServerLauncher launcher, BenchResults results, CancellationToken cancellationToken)
    {
        var runs = results.Servers.ToDictionary(figures => figures.Key, _ => new List<TimeSpan>());
        for (var run = 0; run < results.Profile.ColdStartRuns; run++)
        {
            foreach (var figures in results.Servers)
            {
                await using var server = await launcher.StartAsync(figures.Spec, cancellationToken);
                runs[figures.Key].Add(server.TimeToFirstReply);
                Say($"{figures.Spec.Name}: cold start {server.TimeToFirstReply.TotalMilliseconds:0} ms");
            }
        }

        foreach (var figures in results.Servers)
        {
            figures.ColdStart = new ColdStart(runs[figures.Key]);
        }
    }

    private async Task MeasureMemoryAsync(ServerLauncher launcher, LoadRun load, BenchResults results, CancellationToken cancellationToken)
    {
        var conversations = results.Profile.MemoryConversations;
        foreach (var figures in results.Servers)
        {
            await using var server = await launcher.StartAsync(figures.Spec, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var before = server.ResidentBytes();
            var plan = new LoadPlan($"{conversations} short conversations", 32, TimeSpan.FromMinutes(10), PlayOptions.ClosedLoop(maxTurns: 2), conversations);
            var driven = await load.RunAsync(figures.Spec.Name, new ExpectRepliesChannel(http, server.BaseUrl), plan, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            figures.Memory = new MemoryUse(driven.CompletedConversations, before, server.ResidentBytes(), driven.Errors);
            Say($"{figures.Spec.Name}: resident memory {Megabytes(before)} MB idle, {Megabytes(figures.Memory.AfterBytes)} MB after {driven.CompletedConversations} conversations ({driven.Errors} errors)");
        }
    }

    private async Task<LoadResult> RunAsync(LoadRun load, ServerFigures figures, RunningBotServer server, LoadPlan plan, bool directLine, CancellationToken cancellationToken)
    {
        IConversationChannel channel = directLine ? new DirectLineChannel(http, server.BaseUrl) : new ExpectRepliesChannel(http, server.BaseUrl);
        var cpuBefore = server.CpuTime();
        var result = await load.RunAsync(figures.Spec.Name, channel, plan, cancellationToken);
        result = result with { ServerCpu = server.CpuTime() - cpuBefore };
        if (!directLine)
        {
            figures.CompletedConversationIds.AddRange(result.CompletedConversationIds);
        }

        var errors = result.ErrorKinds.Count == 0
            ? string.Empty
            : " [" + string.Join(", ", result.ErrorKinds.Select(kind => string.Create(CultureInfo.InvariantCulture, $"{kind.Key}: {kind.Value}"))) + "]";
        Say($"{figures.Spec.Name,-10} {channel.Name,-13} {plan.Label,-34} {result.TurnsPerSecond,7:0} turns/s  p50 {result.Latency.P50,6:0.0}  p95 {result.Latency.P95,6:0.0}  p99 {result.Latency.P99,6:0.0} ms  cpu {result.CpuMillisecondsPerTurn,5:0.00} ms/turn  {result.Turns} turns, {result.Errors} errors{errors}, {result.CompletedConversations} done, {result.StuckConversations} stuck");
        return result;
    }

    private async Task<bool> IsInterimEchoBotAsync(List<(ServerFigures Figures, RunningBotServer Server)> servers, TriageScript script, CancellationToken cancellationToken)
    {
        var spineBot = servers.Find(entry => entry.Figures.Key == ServerCatalogue.SpineBot).Server;
        if (spineBot is null)
        {
            return false;
        }

        var probe = new ExpectRepliesChannel(http, spineBot.BaseUrl).Open("interim-probe-" + Guid.NewGuid().ToString("N"));
        var reply = await probe.SayAsync(script.Story, cancellationToken);
        return reply.Texts.Any(text => text.StartsWith(InterimEchoPrefix, StringComparison.Ordinal));
    }

    private static IEnumerable<T> Rotate<T>(List<T> items, int by) => items.Skip(by % items.Count).Concat(items.Take(by % items.Count));

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture);

    private void Say(FormattableString line) =>
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTimeOffset.Now:HH:mm:ss}] ") + FormattableString.Invariant(line));
}
