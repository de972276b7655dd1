using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.DirectLine;

public sealed class AzureDirectLineTests : IAsyncLifetime
{
    private const string Secret = "azure-secret-Zx81-never-in-the-browser";

    private readonly ConcurrentQueue<(string? Authorization, JsonObject? Body)> _requests = new();
    private LoopbackServer _azure = null!;
    private int _status = StatusCodes.Status200OK;

    public async Task InitializeAsync() => _azure = await LoopbackServer.StartAsync(endpoints =>
        endpoints.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            _requests.Enqueue((request.Headers.Authorization.ToString(), await request.ReadFromJsonAsync<JsonObject>()));
            return _status == StatusCodes.Status200OK
                ? Results.Json(new JsonObject { ["conversationId"] = "azure-conv-1", ["token"] = "azure-token-1", ["expires_in"] = 3600 })
                : Results.StatusCode(_status);
        }));

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    [Fact]
    public async Task With_a_secret_the_page_gets_azures_token_and_never_the_secret()
    {
        using var factory = AzureBot();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/directline/token", content: null);

        var raw = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(raw)!.AsObject();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("azure-token-1", (string?)body["token"]);
        Assert.Equal("azure-conv-1", (string?)body["conversationId"]);
        Assert.Equal(3600, (int)body["expiresIn"]!);
        Assert.DoesNotContain(Secret, raw, StringComparison.Ordinal);
        var (authorization, sent) = Assert.Single(_requests);
        Assert.Equal($"Bearer {Secret}", authorization);
        Assert.StartsWith("dl_", (string?)sent!["user"]!["id"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_page_token_binds_a_new_user_id()
    {
        using var factory = AzureBot();
        using var client = factory.CreateClient();

        using var first = await client.PostAsync("/api/directline/token", content: null);
        using var second = await client.PostAsync("/api/directline/token", content: null);

        var userIds = _requests.Select(request => (string?)request.Body!["user"]!["id"]).ToList();
        Assert.Equal(2, userIds.Distinct().Count());
    }

    [Fact]
    public async Task A_regional_endpoint_is_passed_on_as_the_domain_and_the_default_one_is_not()
    {
        using var factory = AzureBot();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/directline/token", content: null);

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(_azure.BaseAddress.AbsoluteUri.TrimEnd('/') + "/v3/directline", (string?)body!["domain"]);
    }

    [Fact]
    public async Task When_azure_refuses_the_page_gets_502_with_a_reason_and_no_secret()
    {
        _status = StatusCodes.Status403Forbidden;
        using var factory = AzureBot();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/directline/token", content: null);

        var raw = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("try again", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Secret, raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_azure_cannot_be_reached_the_page_gets_502()
    {
        using var factory = new BotApplicationFactory()
            .WithSetting("DirectLine:Secret", Secret)
            .WithSetting("DirectLine:Endpoint", "http://127.0.0.1:9");
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/directline/token", content: null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task With_a_secret_the_embedded_direct_line_is_off()
    {
        using var factory = AzureBot();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v3/directline/tokens/generate", content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Azure Direct Line", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private BotApplicationFactory AzureBot() => new BotApplicationFactory()
        .WithSetting("DirectLine:Secret", Secret)
        .WithSetting("DirectLine:Endpoint", _azure.BaseAddress.AbsoluteUri);
}
