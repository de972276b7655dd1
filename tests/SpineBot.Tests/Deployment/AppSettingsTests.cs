using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
using SpineBot.DirectLine;
using SpineBot.Hosting;
using SpineBot.Staff;
using Microsoft.Extensions.Configuration;
using SpineBot.Storage.Blobs;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Deployment;

/// <summary>
/// The Azure template sets the app settings listed in deploymentTemplates/app-settings.json (checked by the
/// deployment tests); these tests check the other half: the host reads every one of them.
/// </summary>
public sealed class AppSettingsTests
{
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppPassword"] = "password-from-key-vault",
        ["MicrosoftAppTenantId"] = "66666666-7777-8888-9999-000000000000",
        ["Storage__Provider"] = "AzureBlob",
        ["Storage__AzureBlob__ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;",
        ["Storage__AzureBlob__Container"] = "bot-state",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        ["DirectLine__Secret"] = "direct-line-secret",
        ["Staff__ApiKey"] = "staff-key",
        ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
        ["AllowedHosts"] = "spinebot-prod-abc123.azurewebsites.net;chat.example.org",
    };

    private static readonly Dictionary<string, Func<IServiceProvider, bool>> HostReads = new(StringComparer.Ordinal)
    {
        ["MicrosoftAppType"] = services => Identity(services).MicrosoftAppType == Values["MicrosoftAppType"],
        ["MicrosoftAppId"] = services => Identity(services).MicrosoftAppId == Values["MicrosoftAppId"],
        ["MicrosoftAppPassword"] = services => Identity(services).MicrosoftAppPassword == Values["MicrosoftAppPassword"],
        ["MicrosoftAppTenantId"] = services => Identity(services).MicrosoftAppTenantId == Values["MicrosoftAppTenantId"],
        ["Storage__Provider"] = services => services.GetRequiredService<IStorage>() is BlobStorage,
        ["Storage__AzureBlob__ConnectionString"] = services => Configured(services, "Storage:AzureBlob:ConnectionString") && services.GetRequiredService<IStorage>() is BlobStorage,
        ["Storage__AzureBlob__Container"] = services => Configured(services, "Storage:AzureBlob:Container") && services.GetRequiredService<IStorage>() is BlobStorage,
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = services => services.GetService<TracerProvider>() is not null,
        ["DirectLine__Secret"] = services => services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Secret == Values["DirectLine__Secret"],
        ["Staff__ApiKey"] = services => services.GetRequiredService<IOptions<StaffOptions>>().Value.ApiKey == Values["Staff__ApiKey"],
        ["AllowedHosts"] = services =>
            services.GetRequiredService<IOptions<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>>().Value.AllowedHosts
                .SequenceEqual(["spinebot-prod-abc123.azurewebsites.net", "chat.example.org"]),
        ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = services =>
            services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.ForwardedHeaders.HasFlag(ForwardedHeaders.XForwardedProto),
    };

    public static TheoryData<string> TemplateSettings()
    {
        var list = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Root, "deploymentTemplates", "app-settings.json")))!.AsArray();
        var names = new TheoryData<string>();
        foreach (var setting in list)
        {
            names.Add((string)setting!["name"]!);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(TemplateSettings))]
    public void The_host_reads_every_setting_the_template_sets(string name)
    {
        Assert.True(HostReads.ContainsKey(name), $"The template sets {name}, but the host does not read it (or this test does not know how).");
        using var factory = new BotApplicationFactory();
        foreach (var (key, value) in Values)
        {
            factory.WithSetting(ToConfigurationKey(key), value);
        }

        Assert.True(HostReads[name](factory.Services), $"The host did not take {name} from its configuration.");
    }

    private static BotIdentityOptions Identity(IServiceProvider services) => services.GetRequiredService<IOptions<BotIdentityOptions>>().Value;

    private static bool Configured(IServiceProvider services, string key) =>
        !string.IsNullOrEmpty(services.GetRequiredService<IConfiguration>()[key]);

    // App Service turns app settings into environment variables: "__" means ":", and ASP.NET Core reads
    // ASPNETCORE_-prefixed variables without the prefix.
    private static string ToConfigurationKey(string appSetting) =>
        appSetting.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
            ? appSetting["ASPNETCORE_".Length..]
            : appSetting.Replace("__", ":", StringComparison.Ordinal);
}
