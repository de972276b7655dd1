namespace SpineBot.Hosting;

/// <summary>
/// Listens on http://localhost:3978, the Bot Framework convention, unless the deployment says otherwise.
/// </summary>
internal static class DefaultUrlExtensions
{
    internal const string DefaultUrl = "http://localhost:3978";

    private static readonly string[] AddressSettings = ["urls", "http_ports", "https_ports"];

    /// <summary>
    /// Uses <see cref="DefaultUrl"/> when neither <c>--urls</c>, <c>ASPNETCORE_URLS</c> nor the
    /// <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c> settings name an address.
    /// </summary>
    internal static ConfigureWebHostBuilder UseBotFrameworkDefaultUrl(this ConfigureWebHostBuilder webHost)
    {
        ArgumentNullException.ThrowIfNull(webHost);

        var configured = AddressSettings.Any(key => !string.IsNullOrWhiteSpace(webHost.GetSetting(key)));
        if (!configured)
        {
            webHost.UseUrls(DefaultUrl);
        }

        return webHost;
    }
}
