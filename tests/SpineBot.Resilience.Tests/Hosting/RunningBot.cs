using SpineBot.Resilience.Tests.Conversations;

namespace SpineBot.Resilience.Tests.Hosting;

/// <summary>
/// One real bot process with its own empty data folder, shared by the tests of the <see cref="RunningBotDefinition"/>
/// (which run one after another).
/// </summary>
public sealed class RunningBot : IAsyncLifetime, IDisposable
{
    private readonly DataFolder _data = new();
    private BotProcess? _process;
    private HttpClient? _http;
    private DirectLineAccess? _directLine;

    /// <summary>An HTTP client whose base address is the bot.</summary>
    internal HttpClient Http => _http ?? throw new InvalidOperationException("The bot is not running.");

    /// <summary>The bot's <c>/api/messages</c>.</summary>
    internal MessagesClient Messages => new(Http);

    /// <summary>A conversation on the bot's embedded Direct Line, started on first use.</summary>
    internal DirectLineAccess DirectLine => _directLine ?? throw new InvalidOperationException("The bot is not running.");

    /// <summary>Whether the process is still up.</summary>
    internal bool IsRunning => _process is { HasExited: false };

    /// <summary>What the bot wrote to its console, for failure messages.</summary>
    internal string Output => _process?.Output ?? string.Empty;

    public async Task InitializeAsync()
    {
        _process = await BotProcess.StartAsync(_data.Path, CancellationToken.None);
        _http = _process.CreateHttpClient();
        _directLine = new DirectLineAccess(_http);
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        Dispose();
    }

    /// <summary>Deletes the data folder (once the process is gone).</summary>
    public void Dispose() => _data.Dispose();
}
