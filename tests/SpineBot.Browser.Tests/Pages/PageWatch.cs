namespace SpineBot.Browser.Tests.Pages;

/// <summary>
/// What a page did besides rendering: requests to other origins, Content-Security-Policy violations and other
/// console errors, dialogs (alert, confirm) that a script opened, and how the chat got the bot's replies (WebSocket
/// streams, or polling for activities).
/// </summary>
internal sealed class PageWatch
{
    private readonly List<string> outsideRequests = [];
    private readonly List<string> consoleErrors = [];
    private readonly List<string> dialogs = [];
    private readonly List<string> activityPolls = [];
    private readonly List<WebSocketWatch> webSockets = [];
    private readonly Lock gate = new();

    /// <summary>Requests to anything but the bot's origin (data: and blob: URLs are local and not counted).</summary>
    public IReadOnlyList<string> OutsideRequests => Snapshot(outsideRequests);

    public IReadOnlyList<string> ConsoleErrors => Snapshot(consoleErrors);

    public IReadOnlyList<string> Dialogs => Snapshot(dialogs);

    /// <summary>GET requests for a conversation's activities: what Direct Line does when it polls instead of streaming.</summary>
    public IReadOnlyList<string> ActivityPolls => Snapshot(activityPolls);

    /// <summary>The WebSockets the page and its frames opened (the chat's Direct Line stream).</summary>
    public IReadOnlyList<WebSocketWatch> WebSockets => Snapshot(webSockets);

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
            if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url))
            {
                return;
            }

            if ((url.Scheme is "http" or "https" or "ws" or "wss") && !allowed.Contains(url.GetLeftPart(UriPartial.Authority)))
            {
                watch.Add(watch.outsideRequests, request.Url);
            }

            if (request.Method == "GET" && url.AbsolutePath.EndsWith("/activities", StringComparison.Ordinal))
            {
                watch.Add(watch.activityPolls, request.Url);
            }
        };
        page.WebSocket += (_, socket) => watch.Add(watch.webSockets, WebSocketWatch.Attach(socket));
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watch.Add(watch.consoleErrors, $"{message.Text} ({message.Location})");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            watch.Add(watch.dialogs, $"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        return watch;
    }

    private void Add<T>(List<T> list, T entry)
    {
        lock (gate)
        {
            list.Add(entry);
        }
    }

    private IReadOnlyList<T> Snapshot<T>(List<T> list)
    {
        lock (gate)
        {
            return [.. list];
        }
    }
}
