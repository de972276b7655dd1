using System.Text.Json.Nodes;

namespace SpineBot.Deployment.Tests.Templates;

/// <summary>The storage account that holds runners' conversations is private and encrypted in transit.</summary>
public sealed class StorageTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryFolders.MainTemplate);

    private JsonNode Account => _template.SingleResourceOfType("Microsoft.Storage/storageAccounts");

    [Fact]
    public void Conversation_state_account_accepts_only_https_with_tls_1_2()
    {
        Assert.Equal("StorageV2", (string?)Account["kind"]);
        Assert.True((bool)Account["properties"]!["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)Account["properties"]!["minimumTlsVersion"]);
    }

    [Fact]
    public void No_blob_of_a_runners_conversation_can_be_read_anonymously()
    {
        Assert.False((bool)Account["properties"]!["allowBlobPublicAccess"]!);
        var container = _template.SingleResourceOfType("Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
    }

    [Fact]
    public void State_container_is_the_one_the_web_app_is_told_to_use()
    {
        var container = _template.SingleResourceOfType("Microsoft.Storage/storageAccounts/blobServices/containers");
        var setting = _template.SingleResourceOfType("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .Single(s => (string?)s!["name"] == "Storage__AzureBlob__Container")!;

        Assert.Contains("parameters('stateContainerName')", (string)container["name"]!, StringComparison.Ordinal);
        Assert.Equal("[parameters('stateContainerName')]", (string?)setting["value"]);
    }
}
