using System.Globalization;
using System.Text;
using SpineBot.LoadGenerator.Run;
using SpineBot.LoadGenerator.Servers;
using static SpineBot.LoadGenerator.Report.Figures;

namespace SpineBot.LoadGenerator.Report;

/// <summary>The run's results as Markdown: the header, the targets, the side-by-side table and the details.</summary>
internal static class ResultsMarkdown
{
    public const double EchoFloorTarget = 0.75;
    public const double JsPeerTarget = 2.0;
    public const double P99TargetMs = 50;
    public const double StateTargetBytes = 4096;
    public const double ColdStartTargetMs = 1500;

    public static string Write(BenchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var spine = results.Find(ServerCatalogue.SpineBot);
        var echo = results.Find(ServerCatalogue.EchoFloor);
        var js = results.Find(ServerCatalogue.JsPeer);
        var md = new StringBuilder();
        Header(md, results);
        Targets(md, results, spine, echo, js);
        SideBySide(md, results, spine, echo, js);
        Rounds(md, results, spine, echo, js);
        DirectLine(md, spine);
        Servers(md, results);
        return md.ToString();
    }

    private static void Header(StringBuilder md, BenchResults results)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"### Run of {results.Started:yyyy-MM-dd HH:mm} ({results.Profile.Name} profile, {Number(results.Duration.TotalMinutes, "0.0")} min)");
        md.AppendLine();
        if (results.InterimEchoBot)
        {
            md.AppendLine("> **Interim echo bot — not the triage conversation.** SpineBot's host still answered with its interim");
            md.AppendLine("> echo bot when this run was made, so the SpineBot column measures the host, adapter, middleware and storage,");
            md.AppendLine("> not the dialogs. Re-run `bench/run.sh` once the conversation has landed.");
            md.AppendLine();
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{results.Command.Trim()}`");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {results.Machine}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Commit: {results.Revision}");
        md.AppendLine("- Load generator on the same machine, loopback only (127.0.0.1); the three bots run side by side in the same invocation.");
        md.AppendLine();
    }

    private static void Targets(StringBuilder md, BenchResults results, ServerFigures? spine, ServerFigures? echo, ServerFigures? js)
    {
        var spineRate = spine?.MedianTurnsPerSecond ?? double.NaN;
        var echoRatio = RoundRatio(spine, echo);
        var jsRatio = RoundRatio(spine, js);
        var p99 = spine?.Latency?.Latency.P99 ?? double.NaN;
        var state = spine?.State.LargestBytes ?? double.NaN;
        var cold = spine?.ColdStart?.Median.TotalMilliseconds ?? double.NaN;

        md.AppendLine("#### Targets (SpineBot)");
        md.AppendLine();
        md.AppendLine("| Target | Measured | Result |");
        md.AppendLine("| --- | --- | --- |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Throughput ≥ {EchoFloorTarget:0.00}× the echo floor | {Number(echoRatio, "0.00")}× ({Number(spineRate)} vs {Number(echo?.MedianTurnsPerSecond ?? double.NaN)} turns/s) | {Verdict(Check(echoRatio, ratio => ratio >= EchoFloorTarget))} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Throughput ≥ {JsPeerTarget:0}× the JavaScript peer | {Number(jsRatio, "0.00")}× ({Number(spineRate)} vs {Number(js?.MedianTurnsPerSecond ?? double.NaN)} turns/s) | {Verdict(Check(jsRatio, ratio => ratio >= JsPeerTarget))} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| p99 ≤ {P99TargetMs:0} ms at {results.Profile.LatencyRunners} concurrent conversations | {Number(p99, "0.0")} ms | {Verdict(Check(p99, value => value <= P99TargetMs))} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| State ≤ 4 KB per conversation | largest {Number(state)} bytes (after a whole script: median {Number(spine?.State.MedianBytes ?? double.NaN)}; mid-triage: median {Number(spine?.State.UnfinishedMedianBytes ?? double.NaN)}) | {Verdict(Check(state, value => value <= StateTargetBytes))} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Cold start ≤ 1.5 s | median {Number(cold)} ms of {spine?.ColdStart?.Runs.Count ?? 0} | {Verdict(Check(cold, value => value <= ColdStartTargetMs))} |");
        md.AppendLine();
    }

    private static void SideBySide(StringBuilder md, BenchResults results, ServerFigures? spine, ServerFigures? echo, ServerFigures? js)
    {
        var profile = results.Profile;
        var columns = new[] { spine, echo, js };
        md.AppendLine("#### Side by side");
        md.AppendLine();
        md.AppendLine("| | SpineBot | Echo floor | JS peer | SpineBot ÷ echo floor | SpineBot ÷ JS peer |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(md, $"Throughput, {profile.ThroughputRunners} conversations back to back (turns/s, median of {profile.ThroughputRounds})", columns, server => server.MedianTurnsPerSecond, "0");
        Row(md, "Bot CPU per turn, back to back (ms, median of the rounds; lower is better)", columns, server => server.MedianCpuMillisecondsPerTurn, "0.00");
        TextRow(md, $"Latency back to back, p50 / p95 / p99 (ms, last round)", columns, server => Latencies(server.Throughput.LastOrDefault()));
        Row(md, $"{profile.LatencyRunners} conversations, {profile.MinThink.TotalSeconds:0.0}–{profile.MaxThink.TotalSeconds:0.0} s pauses: turns/s", columns, server => server.Latency?.TurnsPerSecond ?? double.NaN, "0");
        TextRow(md, $"{profile.LatencyRunners} conversations: p50 / p95 / p99 (ms)", columns, server => Latencies(server.Latency));
        Row(md, $"{profile.LatencyRunners} conversations: p99 (ms)", columns, server => server.Latency?.Latency.P99 ?? double.NaN, "0.0");
        TextRow(md, "Failed turns / turns (all load phases)", columns, server => $"{server.AllLoads().Sum(load => load.Errors)} / {server.AllLoads().Sum(load => load.Turns + load.Errors)}");
        TextRow(md, "Conversations played to the end / stuck", columns, server => $"{server.AllLoads().Sum(load => load.CompletedConversations)} / {server.AllLoads().Sum(load => load.StuckConversations)}");
        Row(md, "Stored state per conversation after a whole script (bytes, median)", columns, server => server.State.MedianBytes, "0");
        Row(md, "Stored state per conversation left mid-triage at a deadline (bytes, median)", columns, server => server.State.UnfinishedMedianBytes, "0");
        Row(md, "Largest stored state of any bench conversation (bytes)", columns, server => server.State.LargestBytes, "0");
        Row(md, "Resident memory when idle after start (MB)", columns, server => server.Memory is null ? double.NaN : server.Memory.StartBytes / 1048576.0, "0");
        Row(md, $"Resident memory after {profile.MemoryConversations:N0} short conversations (MB)", columns, server => server.Memory is null ? double.NaN : server.Memory.AfterBytes / 1048576.0, "0");
        Row(md, $"Cold start: process start to first reply (ms, median of {profile.ColdStartRuns})", columns, server => server.ColdStart?.Median.TotalMilliseconds ?? double.NaN, "0");
        md.AppendLine();
    }

    private static void Rounds(StringBuilder md, BenchResults results, ServerFigures? spine, ServerFigures? echo, ServerFigures? js)
    {
        md.AppendLine("#### Throughput rounds (interleaved; the order rotates each round)");
        md.AppendLine();
        md.AppendLine("| Round | SpineBot | Echo floor | JS peer | SpineBot ÷ echo floor | SpineBot ÷ JS peer |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (var round = 0; round < results.Profile.ThroughputRounds; round++)
        {
            var rates = new[] { spine, echo, js }.Select(server => RateInRound(server, round)).ToArray();
            md.AppendLine(CultureInfo.InvariantCulture, $"| {round + 1} | {Number(rates[0])} | {Number(rates[1])} | {Number(rates[2])} | {Ratio(rates[0], rates[1])} | {Ratio(rates[0], rates[2])} |");
        }

        md.AppendLine();
    }

    private static void DirectLine(StringBuilder md, ServerFigures? spine)
    {
        if (spine?.DirectLineThroughput is null)
        {
            return;
        }

        md.AppendLine("#### SpineBot through the embedded Direct Line (token, start, then POST activity + GET activities per turn)");
        md.AppendLine();
        md.AppendLine("| Mode | turns/s | p50 / p95 / p99 (ms) | failed turns | vs expectReplies |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Back to back | {Number(spine.DirectLineThroughput.TurnsPerSecond)} | {Latencies(spine.DirectLineThroughput)} | {spine.DirectLineThroughput.Errors} | {Ratio(spine.DirectLineThroughput.TurnsPerSecond, spine.MedianTurnsPerSecond)} |");
        if (spine.DirectLineLatency is { } paced)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {paced.Plan.Runners} conversations with pauses | {Number(paced.TurnsPerSecond)} | {Latencies(paced)} | {paced.Errors} | p99 {Ratio(paced.Latency.P99, spine.Latency?.Latency.P99 ?? double.NaN)} |");
        }

        md.AppendLine();
    }

    private static void Servers(StringBuilder md, BenchResults results)
    {
        md.AppendLine("#### What ran");
        md.AppendLine();
        foreach (var server in results.Servers)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{server.Spec.Name}**: {server.Spec.Description}.");
        }

        md.AppendLine();
    }

    private static void Row(StringBuilder md, string label, ServerFigures?[] columns, Func<ServerFigures, double> value, string format)
    {
        var values = columns.Select(server => server is null ? double.NaN : value(server)).ToArray();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {Number(values[0], format)} | {Number(values[1], format)} | {Number(values[2], format)} | {Ratio(values[0], values[1])} | {Ratio(values[0], values[2])} |");
    }

    private static void TextRow(StringBuilder md, string label, ServerFigures?[] columns, Func<ServerFigures, string> value)
    {
        var values = columns.Select(server => server is null ? NotMeasured : value(server)).ToArray();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {values[0]} | {values[1]} | {values[2]} | | |");
    }

    private static double RateInRound(ServerFigures? server, int round) =>
        server is not null && round < server.Throughput.Count ? server.Throughput[round].TurnsPerSecond : double.NaN;

    /// <summary>The median over rounds of SpineBot's rate divided by the other's in the same round.</summary>
    private static double RoundRatio(ServerFigures? spine, ServerFigures? other)
    {
        if (spine is null || other is null)
        {
            return double.NaN;
        }

        return ServerFigures.Median(spine.Throughput.Zip(other.Throughput, (mine, theirs) => mine.TurnsPerSecond / theirs.TurnsPerSecond));
    }

    private static bool? Check(double value, Func<double, bool> target) => double.IsNaN(value) ? null : target(value);
}
