using System.Globalization;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// This bot's own addresses as the client reached it: the base URL (the service URL of embedded activities) and a
/// conversation's WebSocket stream URL. Behind a TLS-terminating proxy, forwarded headers must be honoured so that
/// the scheme is https/wss.
/// </summary>
internal static class ServiceAddress
{
    public static Uri BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }

    public static string StreamUrl(HttpRequest request, string conversationId, string ticket, long watermark)
    {
        ArgumentNullException.ThrowIfNull(request);

        var scheme = string.Equals(request.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{scheme}://{request.Host}{request.PathBase}{DirectLineProtocolEndpoints.BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark={watermark}&t={Uri.EscapeDataString(ticket)}");
    }
}
