using Microsoft.Extensions.Diagnostics.HealthChecks;
using SpineBot.Storage.Health;

namespace SpineBot.Health;

/// <summary>
/// Healthy when the bot's state store answers: without it no conversation can go on.
/// </summary>
internal sealed class StorageHealthCheck(IStorageHealth storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await storage.IsHealthyAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The conversation store answers.")
            : HealthCheckResult.Unhealthy("The conversation store does not answer.");
}
