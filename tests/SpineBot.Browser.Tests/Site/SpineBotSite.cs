using SpineBot.Browser.Tests.Browser;

namespace SpineBot.Browser.Tests.Site;

/// <summary>
/// One running bot (a child process) and, when a test asks for it, one Chromium, shared by the tests of the
/// <see cref="SpineBotSiteDefinition"/>. The bot lets <see cref="PartnerOrigin"/> frame the chat, as a clinic
/// that pastes the embed snippet on another site would configure it.
/// </summary>
public sealed class SpineBotSite : IAsyncLifetime, IDisposable
{
    /// <summary>
    /// A site that is allowed to embed the chat. The tests serve its page themselves (nothing listens there); it is
    /// on localhost because Chromium keeps a page on a public address from loading scripts from the loopback bot.
    /// </summary>
    public const string PartnerOrigin = "http://localhost:47321";

    /// <summary>A site that is not allowed to embed the chat.</summary>
    public const string UnlistedOrigin = "http://localhost:47322";

    /// <summary>The language of the second browser, a Spanish speaker's in Los Angeles (Chromium --lang).</summary>
    public const string SpanishBrowserLanguage = "es-US";

    // The bot keeps its data (the SQLite database) in a temporary folder of its own, never in src/SpineBot/App_Data.
    private readonly DataFolder data = new();
    private readonly Lazy<Task<ChromiumSession>> chromium = new(() => ChromiumSession.LaunchAsync());
    private readonly Lazy<Task<ChromiumSession>> spanishChromium = new(() => ChromiumSession.LaunchAsync(SpanishBrowserLanguage));
    private BotProcess? bot;

    /// <summary>The bot's own origin, for example http://127.0.0.1:41234.</summary>
    public Uri Address => bot?.Address ?? throw new InvalidOperationException("The bot is not running.");

    /// <summary>The settings the bot runs with in these tests (environment variables).</summary>
    internal static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ClinicWebsite__WidgetFrameAncestors__0"] = PartnerOrigin,
        // Every test page asks for a token from 127.0.0.1; the production limit is per visitor.
        ["DirectLine__TokenRequestsPerMinute"] = "10000",
    };

    internal string BotOutput => bot?.Output ?? string.Empty;

    /// <summary>Fails with the bot's output when it stopped (crashed) while the tests still use it.</summary>
    internal void ThrowIfBotStopped()
    {
        if (bot is { HasExited: true })
        {
            throw new InvalidOperationException($"The bot stopped while the tests were using it:\n{bot.Output}");
        }
    }

    public async Task InitializeAsync()
    {
        bot = await BotProcess.StartAsync(data.Path, Settings, CancellationToken.None);
    }

    /// <summary>The shared browser, launched on first use; fails with an install hint when Chromium is missing.</summary>
    internal async Task<IBrowser> BrowserAsync() => (await chromium.Value).Browser;

    /// <summary>A second browser whose own language is <see cref="SpanishBrowserLanguage"/>, launched on first use.</summary>
    internal async Task<IBrowser> SpanishBrowserAsync() => (await spanishChromium.Value).Browser;

    public async Task DisposeAsync()
    {
        if (chromium.IsValueCreated && chromium.Value.IsCompletedSuccessfully)
        {
            await chromium.Value.Result.DisposeAsync();
        }

        if (spanishChromium.IsValueCreated && spanishChromium.Value.IsCompletedSuccessfully)
        {
            await spanishChromium.Value.Result.DisposeAsync();
        }

        if (bot is not null)
        {
            await bot.DisposeAsync();
        }

        data.Dispose();
    }

    /// <summary>Deletes the data folder if <see cref="DisposeAsync"/> did not (it stops the bot first).</summary>
    public void Dispose() => data.Dispose();
}
