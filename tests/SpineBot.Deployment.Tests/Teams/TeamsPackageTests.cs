using System.IO.Compression;
using System.Text.Json.Nodes;

namespace SpineBot.Deployment.Tests.Teams;

/// <summary>package.sh turns the manifest and icons into an uploadable Teams package, or says what is wrong.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "1b4f6a57-0c3e-4d55-9f55-2a8d1c0e7b21";
    private const string BotDomain = "spinebot-prod-abc123.azurewebsites.net";
    private const string Website = "https://www.spine-clinic.test";

    private readonly TeamsPackageScript _script = new();

    public void Dispose() => _script.Dispose();

    [Fact]
    public void Package_holds_exactly_the_manifest_the_two_icons_and_the_spanish_strings()
    {
        var (exitCode, _, error) = _script.Run("--app-id", AppId, "--website-url", Website, "--bot-domain", BotDomain);

        Assert.True(exitCode == 0, error);
        using var zip = ZipFile.OpenRead(_script.DefaultPackagePath);
        Assert.Equal(["color.png", "es.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var spanish = zip.GetEntry("es.json")!.Open();
        Assert.Equal("Ayuda", (string?)JsonNode.Parse(spanish)!["bots[0].commandLists[0].commands[1].title"]);
    }

    [Theory]
    [InlineData("\"name.short\": \"SpineBot\"", "\"name.short\": \"SpineBot, el asistente de The Spine Institute\"", "name.short")]
    [InlineData("\"bots[0].commandLists[0].commands[1].title\"", "\"bots[0].commandLists[0].commands[9].title\"", "does not have")]
    [InlineData("\"name.full\"", "\"staticTabs[0].name\"", "not a string Teams localizes")]
    [InlineData("v1.29/MicrosoftTeams.Localization", "v1.16/MicrosoftTeams.Localization", "schema version")]
    public void A_broken_spanish_file_is_refused_with_a_clear_message_and_no_package(string find, string replace, string hint)
    {
        var spanish = Path.Combine(_script.WorkFolder, "es.json");
        File.WriteAllText(spanish, File.ReadAllText(spanish).Replace(find, replace, StringComparison.Ordinal));

        var (exitCode, _, error) = _script.Run("--app-id", AppId, "--website-url", Website, "--bot-domain", BotDomain);

        Assert.NotEqual(0, exitCode);
        Assert.StartsWith("error: es.json", error, StringComparison.Ordinal);
        Assert.Contains(hint, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_script.DefaultPackagePath));
    }

    [Fact]
    public void A_missing_spanish_file_is_named()
    {
        File.Delete(Path.Combine(_script.WorkFolder, "es.json"));

        var (exitCode, _, error) = _script.Run("--app-id", AppId, "--website-url", Website, "--bot-domain", BotDomain);

        Assert.Equal(1, exitCode);
        Assert.Contains("'es.json' for es is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Packaged_manifest_carries_the_real_ids_and_domains()
    {
        var privacy = $"{Website}/privacy-policy";
        var (exitCode, _, error) = _script.Run("--app-id", AppId, "--website-url", Website, "--bot-domain", BotDomain, "--privacy-url", privacy);

        Assert.True(exitCode == 0, error);
        var manifest = ReadPackagedManifest(_script.DefaultPackagePath);
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(Website, (string?)manifest["developer"]!["websiteUrl"]);
        Assert.Equal(privacy, (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal(Website, (string?)manifest["developer"]!["termsOfUseUrl"]);
        Assert.Equal([BotDomain, "www.spine-clinic.test"], manifest["validDomains"]!.AsArray().Select(d => (string)d!));
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Values_can_come_from_environment_variables()
    {
        var target = Path.Combine(_script.WorkFolder, "build", "teams.zip");
        var environment = new Dictionary<string, string>
        {
            ["MICROSOFT_APP_ID"] = AppId,
            ["WEBSITE_URL"] = Website,
            ["BOT_DOMAIN"] = BotDomain,
            ["TEAMS_PACKAGE_OUT"] = target,
        };

        var (exitCode, _, error) = _script.RunWithEnvironment(environment);

        Assert.True(exitCode == 0, error);
        Assert.Equal(AppId, (string?)ReadPackagedManifest(target)["bots"]![0]!["botId"]);
    }

    [Fact]
    public void Pasted_values_are_tidied_and_out_chooses_where_the_zip_goes()
    {
        var target = Path.Combine(_script.WorkFolder, "build", "teams.zip");

        var (exitCode, _, error) = _script.Run("--out", target, "--app-id", AppId.ToUpperInvariant(), "--website-url", Website + "/", "--bot-domain", BotDomain.ToUpperInvariant());

        Assert.True(exitCode == 0, error);
        var manifest = ReadPackagedManifest(target);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(Website, (string?)manifest["developer"]!["websiteUrl"]);
        Assert.Contains(BotDomain, manifest["validDomains"]!.AsArray().Select(d => (string)d!));
        Assert.False(File.Exists(_script.DefaultPackagePath));
    }

    [Fact]
    public void Packaging_leaves_the_committed_manifest_with_its_placeholders()
    {
        var before = File.ReadAllText(Path.Combine(_script.WorkFolder, "manifest.json"));

        _script.Run("--app-id", AppId, "--website-url", Website, "--bot-domain", BotDomain);

        Assert.Equal(before, File.ReadAllText(Path.Combine(_script.WorkFolder, "manifest.json")));
    }

    [Theory]
    [InlineData("not-a-guid", Website, BotDomain, "GUID")]
    [InlineData(AppId, "https://www.example.com", BotDomain, "placeholder")]
    [InlineData(AppId, "http://www.spine-clinic.test", BotDomain, "https://")]
    [InlineData(AppId, Website, "https://" + BotDomain + "/api/messages", "host name")]
    public void Bad_values_are_refused_with_a_clear_message_and_no_package(string appId, string website, string botDomain, string hint)
    {
        var (exitCode, _, error) = _script.Run("--app-id", appId, "--website-url", website, "--bot-domain", botDomain);

        Assert.NotEqual(0, exitCode);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(hint, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_script.DefaultPackagePath));
    }

    [Fact]
    public void Missing_values_are_named_instead_of_crashing()
    {
        var (exitCode, _, error) = _script.Run("--website-url", Website, "--bot-domain", BotDomain);

        Assert.Equal(1, exitCode);
        Assert.Contains("--app-id (MICROSOFT_APP_ID)", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_script.DefaultPackagePath));
    }

    private static JsonNode ReadPackagedManifest(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!;
    }
}
