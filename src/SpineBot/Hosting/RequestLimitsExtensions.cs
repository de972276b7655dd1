namespace SpineBot.Hosting;

/// <summary>
/// Server-wide request limits: no endpoint of the bot takes a body near a megabyte, so larger ones get 413 before
/// any endpoint reads them (the messages and Direct Line endpoints set tighter limits of their own).
/// </summary>
internal static class RequestLimitsExtensions
{
    internal const long MaxRequestBodyBytes = 1024 * 1024;

    public static ConfigureWebHostBuilder UseBotRequestLimits(this ConfigureWebHostBuilder webHost)
    {
        ArgumentNullException.ThrowIfNull(webHost);

        webHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        return webHost;
    }
}
