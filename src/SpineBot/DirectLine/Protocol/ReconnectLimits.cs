using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// How often a client may refresh a token or reconnect (each reconnect issues a stream ticket): at most
/// <see cref="DirectLineOptions.RefreshesPerMinute"/> / <see cref="DirectLineOptions.ReconnectsPerMinute"/> per
/// conversation and <see cref="DirectLineOptions.ClientRequestsPerMinute"/> of both per client address (fixed
/// windows of a minute). Web Chat refreshes every 15 minutes and reconnects only after a network drop.
/// </summary>
internal sealed class ReconnectLimits : IDisposable
{
    private const string Reason = "Too many token refreshes or reconnects; wait a minute and try again.";

    private readonly PartitionedRateLimiter<string> _refreshes;
    private readonly PartitionedRateLimiter<string> _reconnects;
    private readonly PartitionedRateLimiter<string> _clients;

    public ReconnectLimits(IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _refreshes = PerMinute(options.Value.RefreshesPerMinute);
        _reconnects = PerMinute(options.Value.ReconnectsPerMinute);
        _clients = PerMinute(options.Value.ClientRequestsPerMinute);
    }

    /// <summary>Null when the refresh may go ahead, else the 429 to answer.</summary>
    public IResult? RefuseRefresh(HttpContext http, string conversationId) => Refuse(http, _refreshes, conversationId);

    /// <summary>Null when the reconnect may go ahead, else the 429 to answer.</summary>
    public IResult? RefuseReconnect(HttpContext http, string conversationId) => Refuse(http, _reconnects, conversationId);

    public void Dispose()
    {
        _refreshes.Dispose();
        _reconnects.Dispose();
        _clients.Dispose();
    }

    private IResult? Refuse(HttpContext http, PartitionedRateLimiter<string> perConversation, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var byClient = _clients.AttemptAcquire(client);
        if (!byClient.IsAcquired)
        {
            return TooMany(http);
        }

        using var byConversation = perConversation.AttemptAcquire(conversationId);
        return byConversation.IsAcquired ? null : TooMany(http);
    }

    private static IResult TooMany(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "60";
        return DirectLineErrors.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", Reason);
    }

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
