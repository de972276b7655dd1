namespace SpineBot.Browser.Tests.Pages;

/// <summary>
/// What a page did besides rendering: requests to other origins, Content-Security-Policy violations and other
/// console errors, and dialogs (alert, confirm) that a script opened.
/// </summary>
internal sealed class PageWatch
{
    private readonly List<string> outsideRequests = [];
    private readonly List<string> consoleErrors = [];
    private readonly List<string> dialogs = [];
    private readonly Lock gate = new();

    /// <summary>Requests to anything but the bot's origin (data: and blob: URLs are local and not counted).</summary>
    public IReadOnlyList<string> OutsideRequests => Snapshot(outsideRequests);

    public IReadOnlyList<string> ConsoleErrors => Snapshot(consoleErrors);

    public IReadOnlyList<string> Dialogs => Snapshot(dialogs);

    /// <summary>Watches every page of the context, including the chat's frame.</summary>
    public static PageWatch Attach(IBrowserContext context, IPage page, Uri origin, params string[] alsoAllowedOrigins)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(origin);

        var watch = new PageWatch();
        var allowed = alsoAllowedOrigins.Append(origin.GetLeftPart(UriPartial.Authority)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        context.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url)
                && url.Scheme is "http" or "https" or "ws" or "wss"
                && !allowed.Contains(url.GetLeftPart(UriPartial.Authority)))
            {
                watch.Add(watch.outsideRequests, request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watch.Add(watch.consoleErrors, message.Text);
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            watch.Add(watch.dialogs, $"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        return watch;
    }

    private void Add(List<string> list, string entry)
    {
        lock (gate)
        {
            list.Add(entry);
        }
    }

    private IReadOnlyList<string> Snapshot(List<string> list)
    {
        lock (gate)
        {
            return [.. list];
        }
    }
}
