using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SpineBot.Testing.Hosting;

/// <summary>
/// The real bot, started as <c>dotnet SpineBot.dll --urls http://127.0.0.1:0</c> (Kestrel, Production environment,
/// src/SpineBot as content root) with its data in a given folder (<see cref="DataFolder"/>), as a deployment runs it,
/// plus any extra settings as environment variables. No storage or address setting inherited from the shell can move
/// it elsewhere. It can be killed hard (SIGKILL, no graceful shutdown) to test what survives a crash; it is killed
/// with its process tree on dispose.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Inherited settings that would move the bot away from its loopback port.</summary>
    private static readonly string[] AddressOverrides = ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS"];

    private static readonly IReadOnlyDictionary<string, string> NoSettings = new Dictionary<string, string>();

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The bot's address, for example http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>What the bot wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the bot keeping its data (the SQLite database) in <paramref name="dataFolder"/>.</summary>
    public static Task<BotProcess> StartAsync(string dataFolder, CancellationToken cancellationToken) =>
        StartAsync(dataFolder, NoSettings, cancellationToken);

    /// <summary>Starts the bot with extra settings (environment variables, e.g. <c>ClinicWebsite__X</c>).</summary>
    public static async Task<BotProcess> StartAsync(
        string dataFolder,
        IReadOnlyDictionary<string, string> settings,
        CancellationToken cancellationToken)
    {
        var bot = Launch(dataFolder, settings);
        bot._process.Exited += (_, _) => bot._listening.TrySetException(
            new InvalidOperationException($"The bot exited with code {bot._process.ExitCode} before it listened:\n{bot.Output}"));
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();

        try
        {
            bot.Address = await bot._listening.Task.WaitAsync(StartTimeout, cancellationToken);
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
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(
        string dataFolder,
        IReadOnlyDictionary<string, string> settings,
        CancellationToken cancellationToken)
    {
        await using var bot = Launch(dataFolder, settings);
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        await bot._process.WaitForExitAsync(timeout.Token);
        return (bot._process.ExitCode, bot.Output);
    }

    /// <summary>An HTTP client for the bot, allowing many requests at once.</summary>
    public HttpClient CreateHttpClient() =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>
    /// Kills the bot the way a crash or an out-of-memory kill would: SIGKILL on Linux, no shutdown code runs.
    /// </summary>
    public async Task KillHardAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await KillHardAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
    }

    private static BotProcess Launch(string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        ArgumentNullException.ThrowIfNull(settings);

        var bot = new BotProcess(new Process { StartInfo = CreateStartInfo(dataFolder, settings), EnableRaisingEvents = true });
        bot._process.OutputDataReceived += (_, line) => bot.Record(line.Data);
        bot._process.ErrorDataReceived += (_, line) => bot.Record(line.Data);
        return bot;
    }

    private static ProcessStartInfo CreateStartInfo(string dataFolder, IReadOnlyDictionary<string, string> settings)
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

        var inherited = start.Environment.Keys
            .Where(key => AddressOverrides.Contains(key) || key.StartsWith("Storage__", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var name in inherited)
        {
            start.Environment.Remove(name);
        }

        start.Environment["SPINEBOT_DATA_DIR"] = dataFolder;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            _listening.TrySetResult(new Uri(match.Groups["address"].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:[0-9]+)")]
    private static partial Regex ListeningLine();
}
