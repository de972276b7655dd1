using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SpineBot.DirectLine.Protocol;

namespace SpineBot.DirectLine.PageToken;

/// <summary>
/// At most <see cref="DirectLineOptions.TokenRequestsPerMinute"/> chat tokens per client address per minute (fixed
/// window); more get 429 with a reason and <c>Retry-After</c>. Behind a proxy the forwarded client address must be
/// honoured, or every visitor shares the proxy's.
/// </summary>
internal sealed class TokenRequestRateLimit(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "directline-token";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        var permits = options.Value.TokenRequestsPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        const string Reason = "Too many chat requests from this address; wait a minute and try again.";
        var result = context.HttpContext.Request.Path.StartsWithSegments(DirectLineProtocolEndpoints.BasePath, StringComparison.OrdinalIgnoreCase)
            ? DirectLineErrors.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", Reason)
            : Results.Problem(detail: Reason, statusCode: StatusCodes.Status429TooManyRequests);
        await result.ExecuteAsync(context.HttpContext);
    }
}
