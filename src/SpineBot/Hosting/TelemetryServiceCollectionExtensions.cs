using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SpineBot.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics: exported to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
/// is set, to the console when <c>Telemetry:Console</c> is true, and nowhere otherwise.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The name of SpineBot's activity source and meter (see ConversationTelemetry).</summary>
    internal const string SourceName = "SpineBot";

    public static IServiceCollection AddSpineBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var toAzureMonitor = !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        var toConsole = configuration.GetValue<bool>("Telemetry:Console");
        if (!toAzureMonitor && !toConsole)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName: SourceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(SourceName).AddAspNetCoreInstrumentation(options =>
                    options.Filter = http => !http.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal));
                if (toConsole)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SourceName).AddAspNetCoreInstrumentation();
                if (toConsole)
                {
                    metrics.AddConsoleExporter();
                }
            });

        if (toAzureMonitor)
        {
            telemetry.UseAzureMonitor(options => options.ConnectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        }

        return services;
    }
}
