using System.Text.Json.Nodes;
using SpineBot.Deployment.Tests.Templates;

namespace SpineBot.Deployment.Tests.Parameters;

/// <summary>
/// The embedded Direct Line keeps chats in one process's memory; the code review found production set up with two
/// instances and ARR affinity off, which breaks the widget. Production uses Azure Direct Line by default, with the
/// bot's own channel secret wired into the app, and no environment runs the embedded one on more than one instance.
/// </summary>
public sealed class WidgetDirectLineTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryFolders.MainTemplate);

    private JsonObject Site => _template.SingleResourceOfType("Microsoft.Web/sites");

    [Theory]
    [MemberData(nameof(ParameterFileTests.ParameterFiles), MemberType = typeof(ParameterFileTests))]
    public void No_parameter_file_runs_the_embedded_direct_line_on_several_instances_or_without_affinity(string fileName)
    {
        var file = ArmParameterFile.Load(Path.Combine(RepositoryFolders.ParameterFiles, fileName));
        var mode = Value(file, "widgetDirectLine")?.GetValue<string>();
        var instances = Value(file, "appServicePlanInstanceCount")?.GetValue<int>();

        if (mode == "Embedded")
        {
            Assert.True(instances == 1, $"{fileName} serves the embedded Direct Line on {instances} instances; it holds chats in one process's memory.");
            Assert.True(AffinityOn(mode), $"{fileName} serves the embedded Direct Line with ARR affinity off.");
        }
        else
        {
            Assert.Equal("Azure", mode);
        }
    }

    [Fact]
    public void Production_uses_azure_direct_line()
    {
        var file = ArmParameterFile.Load(Path.Combine(RepositoryFolders.ParameterFiles, "prod.parameters.json"));

        Assert.Equal("Azure", Value(file, "widgetDirectLine")?.GetValue<string>());
        Assert.Equal("Azure", (string?)_template.Parameters["widgetDirectLine"]!["defaultValue"]);
    }

    [Fact]
    public void Azure_mode_wires_the_bots_direct_line_channel_secret_into_the_app()
    {
        var value = (string)Setting("DirectLine__Secret")["value"]!;

        Assert.Contains("listChannelWithKeys(resourceId('Microsoft.BotService/botServices/channels', variables('botName'), 'DirectLineChannel')", value, StringComparison.Ordinal);
        Assert.Contains(".properties.properties.sites[0].key", value, StringComparison.Ordinal);
        Assert.StartsWith("[if(variables('usesEmbeddedDirectLine'), ''", value, StringComparison.Ordinal);
        Assert.Contains(
            "[resourceId('Microsoft.BotService/botServices/channels', variables('botName'), 'DirectLineChannel')]",
            Site["dependsOn"]!.AsArray().Select(node => (string?)node));
        Assert.DoesNotContain(
            _template.SingleResourceOfType("Microsoft.BotService/botServices")["dependsOn"]!.AsArray().Select(node => (string?)node),
            dependency => dependency?.Contains("Microsoft.Web/sites", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Allowed_hosts_are_the_apps_own_names()
    {
        Assert.Equal(
            "[join(concat(createArray(variables('webAppHostName')), parameters('extraHostNames')), ';')]",
            (string?)Setting("AllowedHosts")["value"]);
        Assert.Equal("[format('{0}.azurewebsites.net', variables('webAppName'))]", (string?)_template.Variables["webAppHostName"]);
    }

    private bool AffinityOn(string? mode) => Site["properties"]!["clientAffinityEnabled"] switch
    {
        JsonValue literal when literal.TryGetValue<bool>(out var on) => on,
        JsonValue expression when (string?)expression == "[variables('usesEmbeddedDirectLine')]" => mode == "Embedded",
        _ => false,
    };

    private JsonObject Setting(string name) =>
        Site["properties"]!["siteConfig"]!["appSettings"]!.AsArray().OfType<JsonObject>().Single(setting => (string?)setting["name"] == name);

    private JsonNode? Value(ArmParameterFile file, string name) =>
        file.Values[name]?["value"] ?? _template.Parameters[name]?["defaultValue"];
}
