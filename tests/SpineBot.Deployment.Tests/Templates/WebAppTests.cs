using System.Text.Json.Nodes;

namespace SpineBot.Deployment.Tests.Templates;

/// <summary>The web app that hosts the bot is locked down and probed for health.</summary>
public sealed class WebAppTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryFolders.MainTemplate);

    private JsonObject Site => _template.SingleResourceOfType("Microsoft.Web/sites");

    private JsonNode SiteConfig => Site["properties"]!["siteConfig"]!;

    [Fact]
    public void Web_app_only_answers_over_https_with_tls_1_2_or_newer()
    {
        Assert.True((bool)Site["properties"]!["httpsOnly"]!);
        Assert.Equal("1.2", (string?)SiteConfig["minTlsVersion"]);
        Assert.Equal("1.2", (string?)SiteConfig["scmMinTlsVersion"]);
    }

    [Fact]
    public void Web_app_does_not_accept_ftp_uploads()
    {
        Assert.Equal("Disabled", (string?)SiteConfig["ftpsState"]);
    }

    [Fact]
    public void App_service_probes_the_bots_health_endpoint()
    {
        Assert.Equal("/healthz", (string?)SiteConfig["healthCheckPath"]);
    }

    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_and_stays_warm()
    {
        Assert.Equal("DOTNETCORE|10.0", (string?)SiteConfig["linuxFxVersion"]);
        Assert.True((bool)SiteConfig["alwaysOn"]!);
        var plan = _template.SingleResourceOfType("Microsoft.Web/serverfarms");
        Assert.Equal("linux", (string?)plan["kind"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
    }

    [Fact]
    public void Web_app_allows_websockets_for_streaming_web_chat()
    {
        Assert.True((bool)SiteConfig["webSocketsEnabled"]!);
    }

    [Fact]
    public void Web_app_plan_sizes_all_support_always_on()
    {
        var allowed = _template.Parameters["appServicePlanSku"]!["allowedValues"]!.AsArray().Select(v => (string)v!);

        Assert.DoesNotContain(allowed, sku => sku.StartsWith('F') || sku.StartsWith('D'));
    }
}
