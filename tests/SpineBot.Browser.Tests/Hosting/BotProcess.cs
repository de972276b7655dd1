using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SpineBot.Browser.Tests.Hosting;

/// <summary>
/// The real bot, started as `dotnet SpineBot.dll` on a free loopback port (Kestrel, Production environment,
/// src/SpineBot as content root), exactly as a deployment runs it, but with its data (the SQLite database) in a
/// temporary folder of its own (SPINEBOT_DATA_DIR), never in src/SpineBot/App_Data. Stopped with its process tree
/// on dispose, and its data folder deleted.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(IReadOnlyDictionary<string, string> settings)
    {
        DataDirectory = Directory.CreateTempSubdirectory("spinebot-browser-tests-").FullName;
        try
        {
            process = new Process { StartInfo = CreateStartInfo(settings, DataDirectory), EnableRaisingEvents = true };
        }
        catch
        {
            Directory.Delete(DataDirectory, recursive: true);
            throw;
        }
    }

    /// <summary>The temporary folder the bot keeps its data in (SPINEBOT_DATA_DIR); deleted on dispose.</summary>
    public string DataDirectory { get; }

    /// <summary>Whether the bot stopped (crashed) while the tests still use it.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>The bot's address, for example http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>What the bot wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts the bot with extra settings (environment variables, e.g. <c>ClinicWebsite__X</c>).</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var bot = new BotProcess(settings);
        bot.process.OutputDataReceived += (_, line) => bot.Record(line.Data);
        bot.process.ErrorDataReceived += (_, line) => bot.Record(line.Data);
        bot.process.Exited += (_, _) => bot.listening.TrySetException(
            new InvalidOperationException($"The bot exited with code {bot.process.ExitCode} before it listened:\n{bot.Output}"));

        bot.process.Start();
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();

        try
        {
            bot.Address = await bot.listening.Task.WaitAsync(StartTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            await bot.DisposeAsync();
            throw new InvalidOperationException($"The bot did not listen within {StartTimeout.TotalSeconds} s:\n{bot.Output}");
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>Starts the bot expecting it to refuse to start; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        await using var bot = new BotProcess(settings);
        bot.process.OutputDataReceived += (_, line) => bot.Record(line.Data);
        bot.process.ErrorDataReceived += (_, line) => bot.Record(line.Data);
        bot.process.Start();
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        await bot.process.WaitForExitAsync(timeout.Token);
        return (bot.process.ExitCode, bot.Output);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        process.Dispose();
        await DeleteDataDirectoryAsync();
    }

    private static ProcessStartInfo CreateStartInfo(IReadOnlyDictionary<string, string> settings, string dataDirectory)
    {
        var assembly = BuildLayout.BotAssembly;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"The bot is not built at {assembly}; build src/SpineBot (dotnet test builds it).");
        }

        var contentRoot = BuildLayout.BotProjectDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { assembly, "--urls", "http://127.0.0.1:0", "--contentRoot", contentRoot, "--environment", "Production" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment.Remove("ASPNETCORE_HTTPS_PORTS");
        // The bot's data goes to the temporary folder only: no storage setting inherited from the shell may move it.
        foreach (var inherited in start.Environment.Keys.Where(key => key.StartsWith("Storage__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["SPINEBOT_DATA_DIR"] = dataDirectory;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private async Task DeleteDataDirectoryAsync()
    {
        // SQLite may release its files a moment after the process is gone.
        for (var attempt = 1; Directory.Exists(DataDirectory); attempt++)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                await Task.Delay(200);
            }
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            listening.TrySetResult(new Uri(match.Groups["address"].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:[0-9]+)")]
    private static partial Regex ListeningLine();
}
