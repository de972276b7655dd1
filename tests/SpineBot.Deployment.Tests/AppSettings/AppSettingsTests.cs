using System.Text.Json.Nodes;
using SpineBot.Deployment.Tests.Templates;

namespace SpineBot.Deployment.Tests.AppSettings;

/// <summary>The web app's settings match deploymentTemplates/app-settings.json, the list the host is checked against.</summary>
public sealed class AppSettingsTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryFolders.MainTemplate);
    private readonly IReadOnlyList<AppSettingEntry> _list = AppSettingEntry.LoadAll(RepositoryFolders.AppSettingsList);

    private List<JsonNode> TemplateSettings =>
        _template.SingleResourceOfType("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .Select(s => s!)
            .ToList();

    [Fact]
    public void Web_app_gets_exactly_the_settings_the_list_names()
    {
        var fromTemplate = TemplateSettings.Select(s => (string)s["name"]!).Order(StringComparer.Ordinal);
        var fromList = _list.Select(s => s.Name).Order(StringComparer.Ordinal);

        Assert.Equal(fromList, fromTemplate);
    }

    [Fact]
    public void Each_setting_is_named_once_with_a_description()
    {
        Assert.Equal(_list.Count, _list.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(TemplateSettings.Count, TemplateSettings.Select(s => (string)s["name"]!).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(_list, s => Assert.False(string.IsNullOrWhiteSpace(s.Description), $"{s.Name} has no description"));
    }

    [Fact]
    public void Every_setting_whose_name_says_secret_is_marked_secret()
    {
        var unmarked = _list.Where(s => SecretNames.LooksSecret(s.Name) && !s.Secret).Select(s => s.Name).ToList();

        Assert.Empty(unmarked);
    }

    [Fact]
    public void Secret_settings_are_computed_at_deployment_never_written_in_the_template()
    {
        foreach (var entry in _list.Where(s => s.Secret))
        {
            var value = (string?)TemplateSettings.Single(s => (string?)s["name"] == entry.Name)["value"] ?? string.Empty;

            Assert.True(ArmExpressions.IsExpression(value), $"{entry.Name} is a literal in the template");
        }
    }

    [Fact]
    public void Secure_parameters_reach_the_web_app_only_through_secret_settings()
    {
        var secure = _template.Parameters.Select(p => p.Key).Where(_template.IsSecureParameter).ToHashSet(StringComparer.Ordinal);
        var secretNames = _list.Where(s => s.Secret).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var setting in TemplateSettings.Where(s => !secretNames.Contains((string)s["name"]!)))
        {
            Assert.Empty(ArmExpressions.ParameterNamesUsedIn(setting["value"]).Intersect(secure));
        }
    }

    [Fact]
    public void Bot_state_is_stored_in_azure_blob_storage()
    {
        var provider = TemplateSettings.Single(s => (string?)s["name"] == "Storage__Provider");
        var connection = (string)TemplateSettings.Single(s => (string?)s["name"] == "Storage__AzureBlob__ConnectionString")["value"]!;

        Assert.Equal("AzureBlob", (string?)provider["value"]);
        Assert.Contains("listKeys(variables('storageAccountId')", connection, StringComparison.Ordinal);
        Assert.Contains("DefaultEndpointsProtocol=https", connection, StringComparison.Ordinal);
    }
}
