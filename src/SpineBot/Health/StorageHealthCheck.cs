using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SpineBot.Health;

/// <summary>
/// Healthy when the bot's state store answers a read: without it no conversation can go on.
/// </summary>
internal sealed partial class StorageHealthCheck(IStorage storage, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    private static readonly string[] ProbeKeys = ["spinebot/healthz-probe"];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync(ProbeKeys, cancellationToken);
            return HealthCheckResult.Healthy("The conversation store answers.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogStoreDown(logger, exception);
            return HealthCheckResult.Unhealthy("The conversation store does not answer.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The conversation store did not answer the health probe")]
    private static partial void LogStoreDown(ILogger logger, Exception exception);
}
