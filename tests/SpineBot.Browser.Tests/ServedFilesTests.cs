using System.Net;
using System.Net.Http.Headers;
using SpineBot.Browser.Tests.Site;

namespace SpineBot.Browser.Tests;

/// <summary>What the bot answers over HTTP for its pages and files (no browser needed).</summary>
[Collection(SpineBotSiteDefinition.Name)]
public sealed class ServedFilesTests(SpineBotSite site) : IDisposable
{
    private readonly HttpClient http = new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = site.Address };

    [Fact]
    public async Task The_chat_page_may_be_framed_only_by_the_bot_itself_and_the_configured_sites()
    {
        using var response = await http.GetAsync(new Uri("/widget", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains($"frame-ancestors 'self' {SpineBotSite.PartnerOrigin}", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task Web_chat_is_served_by_the_bot_compressed_and_cached_for_a_year()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/webchat/4.18.1/webchat.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(compressed.Length, 100_000, 2_000_000);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/embed.js")]
    [InlineData("/js/widget.js")]
    [InlineData("/js/chat-strings.js")]
    [InlineData("/css/embed.css")]
    public async Task The_clinics_own_files_are_revalidated_so_a_deployment_reaches_visitors_at_once(string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache, $"{path} should be revalidated on every use.");
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_frame_ancestor_that_is_not_a_plain_origin_stops_the_start_and_names_the_setting()
    {
        var settings = new Dictionary<string, string>
        {
            ["ClinicWebsite__WidgetFrameAncestors__0"] = "https://clinic.example; script-src *",
        };

        using var data = new DataFolder();
        var (exitCode, output) = await BotProcess.RunUntilExitAsync(data.Path, settings, CancellationToken.None);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ClinicWebsite:WidgetFrameAncestors", output, StringComparison.Ordinal);
    }

    public void Dispose() => http.Dispose();
}
