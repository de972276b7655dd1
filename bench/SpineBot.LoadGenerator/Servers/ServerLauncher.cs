using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SpineBot.LoadGenerator.Drivers;

namespace SpineBot.LoadGenerator.Servers;

/// <summary>
/// Starts a bot on a free loopback port with a fresh data folder, and waits until it answers an expectReplies
/// message: the time from process start to that first reply is the bot's cold start.
/// </summary>
internal sealed class ServerLauncher(HttpClient http, string workFolder)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static int s_instance;

    public async Task<RunningBotServer> StartAsync(BotServerSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);

        var instance = Interlocked.Increment(ref s_instance);
        var slug = string.Concat(spec.Name.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        var dataDirectory = Path.Combine(workFolder, string.Create(CultureInfo.InvariantCulture, $"{slug}-{instance}"));
        Directory.CreateDirectory(dataDirectory);
        var port = FreeLoopbackPort();

        var start = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in spec.Arguments)
        {
            start.ArgumentList.Add(Fill(argument, port, dataDirectory));
        }

        foreach (var (name, value) in spec.Environment)
        {
            start.Environment[name] = Fill(value, port, dataDirectory);
        }

        var log = new StreamWriter(Path.Combine(dataDirectory, "server.log")) { AutoFlush = true };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{spec.FileName} did not start.");
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = await WaitForFirstReplyAsync(process, port, cancellationToken);
        clock.Stop();
        var running = new RunningBotServer(spec, process, port, dataDirectory, log, clock.Elapsed);
        if (!server)
        {
            await running.DisposeAsync();
            throw new InvalidOperationException(
                $"{spec.Name} did not answer within {StartTimeout.TotalSeconds:0} s; see {Path.Combine(dataDirectory, "server.log")}.");
        }

        return running;
    }

    private async Task<bool> WaitForFirstReplyAsync(Process process, int port, CancellationToken cancellationToken)
    {
        var channel = new ExpectRepliesChannel(http, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
        var probe = channel.Open("ready-probe-" + Guid.NewGuid().ToString("N"));
        var giveUp = Stopwatch.StartNew();
        while (giveUp.Elapsed < StartTimeout && !process.HasExited)
        {
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(TimeSpan.FromSeconds(20));
                var reply = await probe.SayAsync("hi", attempt.Token);
                if (reply.Ok)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }

        return false;
    }

    private static string Fill(string value, int port, string dataDirectory) => value
        .Replace("{port}", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{dataDir}", dataDirectory, StringComparison.Ordinal);

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream is { CanWrite: true })
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
