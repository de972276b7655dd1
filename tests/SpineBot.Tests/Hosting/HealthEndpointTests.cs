using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SpineBot.Storage.Health;
using Moq;

namespace SpineBot.Tests.Hosting;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_reports_healthy_when_the_store_answers()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("healthy", (string?)body!["status"]);
        Assert.Equal("healthy", (string?)body["checks"]!["storage"]);
    }

    [Fact]
    public async Task Healthz_reports_unavailable_when_the_store_does_not_answer()
    {
        var brokenStore = new Mock<IStorageHealth>();
        brokenStore.Setup(store => store.IsHealthyAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);
        using var factory = new BotApplicationFactory()
            .WithServices(services => services.AddSingleton(brokenStore.Object));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("unhealthy", (string?)body!["checks"]!["storage"]);
    }
}
