using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SpineBot.Health;

/// <summary>
/// <c>GET /healthz</c>: 200 with a small JSON body when the bot can serve, 503 when a dependency (storage) is down.
/// </summary>
internal static class HealthEndpoint
{
    public const string Route = "/healthz";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapBotHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(Route, new HealthCheckOptions { ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status == HealthStatus.Healthy ? "healthy" : "unhealthy",
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => entry.Value.Status == HealthStatus.Healthy ? "healthy" : "unhealthy"),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }
}
