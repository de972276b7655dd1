using System.Text.Json.Nodes;
using SpineBot.Deployment.Tests.Templates;

namespace SpineBot.Deployment.Tests.Teams;

/// <summary>The Teams manifest and icons meet the Teams rules before packaging.</summary>
public sealed class TeamsManifestTests
{
    /// <summary>Newest generally available manifest schema confirmed in November 2026.</summary>
    private const string SchemaVersion = "1.29";

    private readonly JsonNode _manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Teams, "manifest.json")))!;

    private JsonNode Bot => _manifest["bots"]!.AsArray().Single()!;

    [Fact]
    public void Manifest_uses_the_current_schema_version()
    {
        Assert.Equal(SchemaVersion, (string?)_manifest["manifestVersion"]);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{SchemaVersion}/MicrosoftTeams.schema.json", (string?)_manifest["$schema"]);
    }

    [Fact]
    public void Bot_and_app_ids_are_filled_in_by_the_packaging_script()
    {
        Assert.Equal("{{MICROSOFT_APP_ID}}", (string?)Bot["botId"]);
        Assert.Equal("{{MICROSOFT_APP_ID}}", (string?)_manifest["id"]);
    }

    [Fact]
    public void Runners_talk_to_the_bot_one_to_one_only()
    {
        var scopes = Bot["scopes"]!.AsArray().Select(s => (string)s!).ToList();

        Assert.Equal(["personal"], scopes);
        Assert.False((bool?)Bot["isNotificationOnly"] ?? false);
    }

    [Fact]
    public void Teams_offers_prompt_starters_before_the_first_message()
    {
        var personal = Bot["commandLists"]!.AsArray()
            .Single(list => list!["scopes"]!.AsArray().Any(s => (string?)s == "personal"))!;
        var titles = personal["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();

        Assert.Contains("My back hurts after running", titles);
        Assert.Contains("Help", titles);
        Assert.Contains("Talk to the clinic", titles);
        Assert.All(personal["commands"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
        // Teams' manifest schema allows a command title of at most 32 characters (older schema versions): longer ones are refused.
        Assert.All(titles, title => Assert.InRange(title.Length, 1, 32));
    }

    [Fact]
    public void Spanish_speakers_get_the_app_and_its_prompt_starters_in_spanish()
    {
        var localization = _manifest["localizationInfo"]!;
        var spanishFile = localization["additionalLanguages"]!.AsArray().Single(l => (string?)l!["languageTag"] == "es")!;
        var spanish = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Teams, (string)spanishFile["file"]!)))!.AsObject();
        var commands = Bot["commandLists"]![0]!["commands"]!.AsArray();

        Assert.Equal("en-us", (string?)localization["defaultLanguageTag"]);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{SchemaVersion}/MicrosoftTeams.Localization.schema.json", (string?)spanish["$schema"]);
        Assert.Contains("911", (string)spanish["description.full"]!, StringComparison.Ordinal);
        Assert.InRange(((string)spanish["description.short"]!).Length, 1, 80);
        for (var i = 0; i < commands.Count; i++)
        {
            Assert.InRange(((string)spanish[$"bots[0].commandLists[0].commands[{i}].title"]!).Length, 1, 32);
            Assert.False(string.IsNullOrWhiteSpace((string?)spanish[$"bots[0].commandLists[0].commands[{i}].description"]));
        }

        Assert.Equal("Ayuda", (string?)spanish["bots[0].commandLists[0].commands[1].title"]);
    }

    [Fact]
    public void Developer_links_point_at_the_clinics_site_never_a_placeholder_domain()
    {
        var developer = _manifest["developer"]!;

        Assert.Equal("The Spine Institute", (string?)developer["name"]);
        Assert.Equal("{{WEBSITE_URL}}", (string?)developer["websiteUrl"]);
        Assert.Equal("{{PRIVACY_URL}}", (string?)developer["privacyUrl"]);
        Assert.Equal("{{TERMS_URL}}", (string?)developer["termsOfUseUrl"]);
        Assert.DoesNotContain("example.", _manifest.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bot_domain_is_a_valid_domain()
    {
        var domains = _manifest["validDomains"]!.AsArray().Select(d => (string)d!).ToList();

        Assert.Contains("{{BOT_DOMAIN}}", domains);
    }

    [Fact]
    public void Listing_texts_fit_the_limits_teams_enforces()
    {
        Assert.InRange(((string)_manifest["name"]!["short"]!).Length, 1, 30);
        Assert.InRange(((string)_manifest["description"]!["short"]!).Length, 1, 80);
        Assert.InRange(((string)_manifest["description"]!["full"]!).Length, 1, 4000);
        Assert.Contains("911", (string)_manifest["description"]!["full"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_icon_is_192_pixels_square_and_in_colour()
    {
        var icon = PngImage.Load(Path.Combine(RepositoryFolders.Teams, (string)_manifest["icons"]!["color"]!));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.True(icon.IsRgba8);
        Assert.Contains(icon.Pixels(), p => p.A == 255 && !(p.R == p.G && p.G == p.B));
    }

    [Fact]
    public void Outline_icon_is_32_pixels_square_white_on_transparent()
    {
        var icon = PngImage.Load(Path.Combine(RepositoryFolders.Teams, (string)_manifest["icons"]!["outline"]!));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.IsRgba8);
        Assert.All(icon.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.Contains(icon.Pixels(), p => p.A == 255);
    }
}
