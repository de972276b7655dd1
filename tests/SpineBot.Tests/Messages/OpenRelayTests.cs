using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SpineBot.Hosting;
using SpineBot.Messages;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Messages;

/// <summary>
/// The red-team found that without an app id any web page could drive a developer's local bot (content types with
/// "+json" need no preflight) and make it POST its replies to any URL; and that a garbage serviceUrl with
/// expectReplies answered 500 with no 911 text for an emergency.
/// </summary>
public sealed class OpenRelayTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("text/plain; x=+json")]
    [InlineData("application/problem+json")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/jsonx")]
    public async Task Only_application_json_is_taken_so_a_web_page_cannot_post_without_a_preflight(string contentType)
    {
        var body = ActivityBuilder.Message("hello", "relay-ct").ToJsonString();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; Charset=UTF-8")]
    public async Task Application_json_with_or_without_a_utf8_charset_is_taken(string contentType)
    {
        using var content = new StringContent(ActivityBuilder.Message("hello", "relay-ok").ToJsonString(), Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://localhost.example.com/")]
    public async Task Without_an_app_id_replies_go_to_no_address_beyond_loopback(string serviceUrl)
    {
        var activity = ActivityBuilder.Message("hello", "relay-url");
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = serviceUrl;

        using var response = await _client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("loopback", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
    }

    public static TheoryData<JsonNode?> GarbageServiceUrls => ["not a url", "relative/path", "http://", 123, "ftp://example.com/", "https://example.com/"];

    [Theory]
    [MemberData(nameof(GarbageServiceUrls))]
    public async Task An_emergency_with_a_garbage_service_url_and_expect_replies_still_gets_the_911_text(JsonNode? serviceUrl)
    {
        var activity = ActivityBuilder.Message("I suddenly can't control my bladder and my legs are numb", "relay-911-" + Guid.NewGuid().ToString("N"));
        activity["serviceUrl"] = serviceUrl;

        using var response = await _client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray().Select(node => node!.AsObject());
        Assert.Contains(replies.Texts(), text => text.Contains("911", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(GarbageServiceUrls))]
    public async Task A_garbage_service_url_without_expect_replies_gets_400_with_a_reason(JsonNode? serviceUrl)
    {
        var activity = ActivityBuilder.Message("hello", "relay-garbage");
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = serviceUrl;

        using var response = await _client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:3978/", null, true)]
    [InlineData("http://127.0.0.1:9000/", null, true)]
    [InlineData("http://[::1]:9000/", null, true)]
    [InlineData("https://relay.example/bots/", "https://relay.example/bots/", true)]
    [InlineData("https://relay.example/other/", "https://relay.example/bots/", false)]
    [InlineData("https://relay.example.evil/bots/", "https://relay.example/bots/", false)]
    public void Loopback_and_configured_service_urls_are_the_only_ones_used_without_an_app_id(string serviceUrl, string? allowed, bool used)
    {
        var options = new MessagesEndpointOptions();
        if (allowed is not null)
        {
            options.AllowedServiceUrls.Add(allowed);
        }

        var policy = new ServiceUrlPolicy(Options.Create(options), Options.Create(new BotIdentityOptions()));
        var activity = new Activity { ServiceUrl = serviceUrl };

        Assert.Equal(used, policy.Apply(activity) is null);
    }

    [Fact]
    public void With_an_app_id_the_connectors_service_url_stands()
    {
        var policy = new ServiceUrlPolicy(
            Options.Create(new MessagesEndpointOptions()),
            Options.Create(new BotIdentityOptions { MicrosoftAppId = "00000000-0000-0000-0000-000000000001" }));

        Assert.Null(policy.Apply(new Activity { ServiceUrl = "https://smba.trafficmanager.net/amer/" }));
    }
}
