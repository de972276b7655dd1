using SpineBot.DirectLine.PageToken;
using SpineBot.DirectLine.Protocol;

namespace SpineBot.DirectLine;

/// <summary>
/// Maps <c>POST /api/directline/token</c> and the embedded Direct Line under <c>/v3/directline</c>, with the
/// WebSocket and rate-limiting middleware they need.
/// </summary>
internal static class EmbeddedDirectLineEndpointRouteBuilderExtensions
{
    private static readonly TimeSpan WebSocketKeepAlive = TimeSpan.FromSeconds(30);

    public static WebApplication MapEmbeddedDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        EmbeddedDirectLineWarning.WarnIfEmbeddedInProduction(app);

        // Both run after the routing the host adds first, so the endpoint's rate-limit policy applies.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = WebSocketKeepAlive });
        app.UseRateLimiter();
        app.MapPageToken();
        app.MapDirectLineProtocol();
        return app;
    }
}
