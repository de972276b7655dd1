namespace SpineBot.Browser.Tests.Browser;

/// <summary>
/// Playwright's driver (bundled with the NuGet package, works offline) and one headless Chromium for the run.
/// </summary>
internal sealed class ChromiumSession : IAsyncDisposable
{
    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private readonly IPlaywright playwright;

    private ChromiumSession(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Launches Chromium; <paramref name="language"/> ("es-US") sets the browser's own language (--lang).</summary>
    public static async Task<ChromiumSession> LaunchAsync(string? language = null)
    {
        var executable = ChromiumLocation.Require();
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                // Headless Chromium takes navigator.languages and Accept-Language from --accept-lang; --lang sets the UI language.
                Args = language is null ? Arguments : [.. Arguments, $"--lang={language}", $"--accept-lang={language},{language.Split('-')[0]}"],
            });
            return new ChromiumSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
