using Microsoft.Extensions.Options;
using SpineBot.DirectLine;

namespace SpineBot.WebChat;

/// <summary>
/// The Content-Security-Policy values of the clinic's pages. Scripts only from the bot's own origin (Web Chat is
/// served by the bot, no CDN, no inline script, no eval); the chat page also allows inline styles, which Web Chat
/// creates at run time, and talks to Azure Direct Line only when the bot uses it.
/// </summary>
internal sealed class ClinicContentSecurityPolicy
{
    public ClinicContentSecurityPolicy(IOptions<ClinicWebsiteOptions> website, IOptions<DirectLineOptions> directLine)
    {
        ArgumentNullException.ThrowIfNull(website);
        ArgumentNullException.ThrowIfNull(directLine);

        Page = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

        var frameAncestors = website.Value.WidgetFrameAncestors.Prepend("'self'");
        Widget = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' data: blob:",
            "font-src 'self' data:",
            $"connect-src {string.Join(' ', ConnectSources(directLine.Value))}",
            "frame-src 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            $"frame-ancestors {string.Join(' ', frameAncestors)}");
    }

    /// <summary>The policy of every page but the chat: nothing may frame it.</summary>
    public string Page { get; }

    /// <summary>The policy of the chat page (<c>/widget</c>), which the configured sites may frame.</summary>
    public string Widget { get; }

    private static IEnumerable<string> ConnectSources(DirectLineOptions directLine)
    {
        // 'self' covers the embedded Direct Line, including its WebSocket (CSP Level 3 matches ws/wss of the origin).
        yield return "'self'";
        if (directLine.UsesAzure && Uri.TryCreate(directLine.Endpoint, UriKind.Absolute, out var azure))
        {
            yield return azure.GetLeftPart(UriPartial.Authority);
            yield return $"{(azure.Scheme == Uri.UriSchemeHttps ? "wss" : "ws")}://{azure.Authority}";
        }
    }
}
