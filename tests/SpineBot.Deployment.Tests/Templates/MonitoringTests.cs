namespace SpineBot.Deployment.Tests.Templates;

/// <summary>Telemetry flows from the web app to workspace-based Application Insights.</summary>
public sealed class MonitoringTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryFolders.MainTemplate);

    [Fact]
    public void Application_insights_sends_telemetry_to_the_log_analytics_workspace()
    {
        var insights = _template.SingleResourceOfType("Microsoft.Insights/components");
        _ = _template.SingleResourceOfType("Microsoft.OperationalInsights/workspaces");

        var workspace = (string?)insights["properties"]!["WorkspaceResourceId"];

        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', variables('logAnalyticsName'))]", workspace);
        Assert.Equal("LogAnalytics", (string?)insights["properties"]!["IngestionMode"]);
    }

    [Fact]
    public void Web_app_gets_the_application_insights_connection_string_from_the_resource()
    {
        var setting = _template.SingleResourceOfType("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .Single(s => (string?)s!["name"] == "APPLICATIONINSIGHTS_CONNECTION_STRING")!;

        Assert.Contains("Microsoft.Insights/components", (string)setting["value"]!, StringComparison.Ordinal);
        Assert.Contains(".ConnectionString", (string)setting["value"]!, StringComparison.Ordinal);
    }
}
