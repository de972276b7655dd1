using System.Diagnostics;
using System.Globalization;

namespace SpineBot.LoadGenerator.Servers;

/// <summary>
/// A bot process this bench started on 127.0.0.1: its address, data folder and log; stopping it kills exactly this
/// process (and its children), never anything found by name.
/// </summary>
internal sealed class RunningBotServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    public RunningBotServer(BotServerSpec spec, Process process, int port, string dataDirectory, StreamWriter log, TimeSpan timeToFirstReply)
    {
        Spec = spec;
        _process = process;
        Port = port;
        DataDirectory = dataDirectory;
        _log = log;
        TimeToFirstReply = timeToFirstReply;
    }

    public BotServerSpec Spec { get; }

    public int Port { get; }

    public Uri BaseUrl => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/"));

    public string DataDirectory { get; }

    public string? DatabasePath => Spec.DatabaseFile is null ? null : Path.Combine(DataDirectory, Spec.DatabaseFile);

    /// <summary>From process start to the first expectReplies reply.</summary>
    public TimeSpan TimeToFirstReply { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The process's resident set (working set) in bytes, read from /proc.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmRSS:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
                return kilobytes * 1024;
            }
        }

        return 0;
    }

    /// <summary>The CPU time the process has used (user and system), read from /proc.</summary>
    public TimeSpan CpuTime()
    {
        // /proc/<pid>/stat: the fields after the command name (in parentheses) start with the state; utime and stime
        // are the 12th and 13th of them, in clock ticks (100 a second on Linux).
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>
    /// Waits until the process is idle (under 5% of a core over a second), at most <paramref name="limit"/>: a bot that
    /// still finishes its start in the background (SpineBot compiles its rules' regexes after the first reply) is
    /// measured once that work is done. Returns how long it waited.
    /// </summary>
    public async Task<TimeSpan> WaitUntilIdleAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var before = CpuTime();
        while (waited.Elapsed < limit)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var now = CpuTime();
            if (now - before < TimeSpan.FromMilliseconds(50))
            {
                break;
            }

            before = now;
        }

        return waited.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(wait.Token);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or it did not stop in time; nothing else to do here.
        }
        finally
        {
            _process.Dispose();
            lock (_log)
            {
                _log.Dispose();
            }
        }
    }
}
