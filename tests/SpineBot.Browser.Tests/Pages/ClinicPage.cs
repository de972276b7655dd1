using SpineBot.Browser.Tests.Browser;
using SpineBot.Browser.Tests.Site;

namespace SpineBot.Browser.Tests.Pages;

/// <summary>
/// The clinic's page (<c>/</c>) in a fresh browser context (its own cookies and sessionStorage), with its chat.
/// </summary>
internal sealed class ClinicPage : IAsyncDisposable
{
    /// <summary>Where each page and frame records the links it was asked to open (see <see cref="ChatWidget.OpenedLinksAsync"/>).</summary>
    public const string OpenedLinksVariable = "__spinebotOpenedLinks";

    /// <summary>
    /// A headless browser cannot dial: window.open (what Web Chat calls for a card's call button) records the link
    /// in every page and frame instead of opening it, so a test can check where a tap would have taken the visitor.
    /// </summary>
    private static readonly string RecordOpenedLinks =
        $"window.{OpenedLinksVariable} = []; window.open = (url) => {{ window.{OpenedLinksVariable}.push(String(url)); return null; }};";

    private readonly IBrowserContext context;

    private ClinicPage(IBrowserContext context, IPage page, PageWatch watch, IResponse response, Device device)
    {
        this.context = context;
        Page = page;
        Watch = watch;
        Response = response;
        Device = device;
        Chat = new ChatWidget(page, device);
    }

    public IPage Page { get; }

    /// <summary>The response that delivered the page (status, headers).</summary>
    public IResponse Response { get; }

    public PageWatch Watch { get; }

    public Device Device { get; }

    /// <summary>The chat launcher and panel that /embed.js adds to the page.</summary>
    public ChatWidget Chat { get; }

    /// <summary>
    /// Opens <paramref name="path"/> of the bot's site (the clinic's page by default) on the device, in an English
    /// browser, or in a browser whose own language is Spanish (<see cref="SpineBotSite.SpanishBrowserLanguage"/>).
    /// </summary>
    public static async Task<ClinicPage> OpenAsync(SpineBotSite site, Device device, string path = "/", bool spanishBrowser = false)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(device);

        site.ThrowIfBotStopped();
        var browser = spanishBrowser ? await site.SpanishBrowserAsync() : await site.BrowserAsync();
        var context = await browser.NewContextAsync(device.ContextOptions(spanishBrowser ? null : "en-US"));
        try
        {
            await context.AddInitScriptAsync(RecordOpenedLinks);
            var page = await context.NewPageAsync();
            var watch = PageWatch.Attach(context, page, site.Address);
            var response = await page.GotoAsync(new Uri(site.Address, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load })
                ?? throw new InvalidOperationException($"No response for {path}.");
            return new ClinicPage(context, page, watch, response, device);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens a page of another site, <paramref name="origin"/>, that pasted the embed snippet for this bot. The page
    /// is served by the test itself (no request leaves the machine).
    /// </summary>
    public static async Task<ClinicPage> OpenEmbeddingSiteAsync(SpineBotSite site, Device device, string origin)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(device);

        var snippet = $"<script src=\"{new Uri(site.Address, "/embed.js")}\" defer></script>";
        var html = $"<!doctype html><html lang=\"en\"><head><title>Partner</title>{snippet}</head>"
            + "<body><h1>A partner site</h1><p>Any page of any site.</p></body></html>";

        var options = device.ContextOptions();
        // The embedding page and the bot are both on loopback here; a real site and bot are both public.
        options.Permissions = ["local-network-access"];
        site.ThrowIfBotStopped();
        var browser = await site.BrowserAsync();
        var context = await browser.NewContextAsync(options);
        try
        {
            await context.AddInitScriptAsync(RecordOpenedLinks);
            await context.RouteAsync($"{origin}/**", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = html }));
            var page = await context.NewPageAsync();
            var watch = PageWatch.Attach(context, page, site.Address, origin);
            var response = await page.GotoAsync($"{origin}/", new PageGotoOptions { WaitUntil = WaitUntilState.Load })
                ?? throw new InvalidOperationException($"No response for {origin}.");
            return new ClinicPage(context, page, watch, response, device);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>Saves a screenshot of the whole screen under <see cref="TestArtifacts"/>; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = TestArtifacts.PathFor($"{name}-{Device.Name}");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
