using System.Text.Json.Nodes;

namespace SpineBot.Deployment.Tests.Templates;

/// <summary>The Azure Bot reaches the web app and is available on Direct Line, Web Chat and Teams.</summary>
public sealed class BotServiceTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryFolders.MainTemplate);

    private JsonObject Bot => _template.SingleResourceOfType("Microsoft.BotService/botServices");

    [Fact]
    public void Bot_is_an_azure_bot_in_the_global_region()
    {
        Assert.Equal("azurebot", (string?)Bot["kind"]);
        Assert.Equal("global", (string?)Bot["location"]);
        Assert.NotNull(Bot["sku"]?["name"]);
    }

    [Fact]
    public void Bot_identity_can_be_a_single_tenant_app_or_a_user_assigned_managed_identity_only()
    {
        var allowed = _template.Parameters["msaAppType"]!["allowedValues"]!.AsArray().Select(v => (string)v!).Order(StringComparer.Ordinal);

        Assert.Equal(["SingleTenant", "UserAssignedMSI"], allowed);
        Assert.Equal("[parameters('msaAppType')]", (string?)Bot["properties"]!["msaAppType"]);
        foreach (var property in new[] { "msaAppId", "msaAppTenantId", "msaAppMSIResourceId" })
        {
            Assert.True(ArmExpressions.IsExpression((string?)Bot["properties"]![property] ?? string.Empty), $"{property} must be computed");
        }
    }

    [Fact]
    public void Managed_identity_bot_points_at_the_identity_the_web_app_runs_as()
    {
        var msi = (string)Bot["properties"]!["msaAppMSIResourceId"]!;
        var site = _template.SingleResourceOfType("Microsoft.Web/sites");
        var siteIdentities = site["identity"]!["userAssignedIdentities"]!.AsObject().Select(p => p.Key);

        Assert.Equal("[if(variables('isManagedIdentityBot'), variables('identityId'), '')]", msi);
        Assert.Equal("[equals(parameters('msaAppType'), 'UserAssignedMSI')]", (string?)_template.Variables["isManagedIdentityBot"]);
        Assert.Contains("[variables('identityId')]", siteIdentities);
    }

    [Fact]
    public void Bot_messages_go_to_the_web_apps_api_messages_endpoint_over_https()
    {
        var endpoint = (string)Bot["properties"]!["endpoint"]!;
        var resolved = endpoint == "[variables('botEndpoint')]" ? (string)_template.Variables["botEndpoint"]! : endpoint;

        Assert.Contains("'https://{0}.azurewebsites.net/api/messages'", resolved, StringComparison.Ordinal);
        Assert.Contains("variables('webAppName')", resolved, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DirectLineChannel")]
    [InlineData("WebChatChannel")]
    [InlineData("MsTeamsChannel")]
    public void Bot_is_reachable_on_each_channel_runners_use(string channelName)
    {
        var channel = _template.ResourcesOfType("Microsoft.BotService/botServices/channels")
            .SingleOrDefault(c => (string?)c["properties"]?["channelName"] == channelName);

        Assert.NotNull(channel);
        Assert.Equal($"[format('{{0}}/{channelName}', variables('botName'))]", (string?)channel["name"]);
        var enabled = channelName == "MsTeamsChannel"
            ? (bool)channel["properties"]!["properties"]!["isEnabled"]!
            : channel["properties"]!["properties"]!["sites"]!.AsArray().All(s => (bool)s!["isEnabled"]!);
        Assert.True(enabled, $"{channelName} is not enabled");
    }

    [Fact]
    public void Direct_line_speaks_only_protocol_v3_and_refuses_file_uploads()
    {
        var site = _template.ResourcesOfType("Microsoft.BotService/botServices/channels")
            .Single(c => (string?)c["properties"]?["channelName"] == "DirectLineChannel")["properties"]!["properties"]!["sites"]![0]!;

        Assert.False((bool)site["isV1Enabled"]!);
        Assert.True((bool)site["isV3Enabled"]!);
        Assert.True((bool)site["isBlockUserUploadEnabled"]!);
    }
}
