using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;

namespace SpineBot.Storage.Tests.Azurite;

/// <summary>
/// Runs Azurite's blob service for the tests of the "Azurite" collection: on a free loopback port, with its data in
/// a temporary folder (kept across <see cref="StopAsync"/> and <see cref="StartAsync"/>, as an outage would), and
/// stopped at the end. Fails the collection when Azurite cannot be found or installed, unless
/// <c>SPINEBOT_SKIP_AZURITE=1</c> (then the tests are reported as skipped, see <c>StorageFactAttribute</c>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string SkipVariable = "SPINEBOT_SKIP_AZURITE";

    /// <summary>The well-known key of Azurite's development account, devstoreaccount1.</summary>
    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly List<string> _output = [];
    private string? _executable;
    private string? _location;
    private Process? _process;

    public static bool Skipped => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    /// <summary>The loopback port Azurite listens on (the same after a restart).</summary>
    public int Port { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>A new, unique, valid container name, so that tests do not see each other's blobs.</summary>
    public static string NewContainerName() => "t" + Guid.NewGuid().ToString("N")[..24];

    public BlobContainerClient ContainerClient(string containerName) => new(ConnectionString, containerName);

    public async Task InitializeAsync()
    {
        if (Skipped)
        {
            return;
        }

        _executable = await AzuriteInstallation.LocateOrInstallAsync();
        _location = Directory.CreateTempSubdirectory("spinebot-azurite-").FullName;
        Port = FreeLoopbackPort();
        await StartAsync();
    }

    /// <summary>Starts Azurite (again) on the same port and data folder; returns once it accepts connections.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo(_executable ?? throw new InvalidOperationException("Azurite was not initialised."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--location", _location!, "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _output.Clear();
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, line) => Remember(line.Data);
        _process.ErrorDataReceived += (_, line) => Remember(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync(_process);
    }

    /// <summary>
    /// Stops Azurite: gracefully (SIGTERM, so it saves its data) or abruptly (killed, as in a crash). Its port then
    /// refuses connections until <see cref="StartAsync"/>.
    /// </summary>
    public async Task StopAsync(bool graceful = true)
    {
        if (_process is null)
        {
            return;
        }

        var terminated = !_process.HasExited && graceful && await TerminateAsync(_process.Id);
        using (var wait = new CancellationTokenSource(terminated ? StopTimeout : TimeSpan.Zero))
        {
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        _process = null;
    }

    public async Task DisposeAsync()
    {
        await StopAsync(graceful: false);
        if (_location is not null && Directory.Exists(_location))
        {
            Directory.Delete(_location, recursive: true);
        }
    }

    /// <summary>Asks the process to end (SIGTERM) so that Azurite saves its data; false when that cannot be sent.</summary>
    private static async Task<bool> TerminateAsync(int processId)
    {
        try
        {
            using var term = Process.Start("kill", ["-s", "TERM", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
            return term.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync(Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited at start (code {process.ExitCode}): {Output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{Port} within {StartTimeout.TotalSeconds} s: {Output()}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output.TakeLast(20));
        }
    }
}
