using System.Net;
using Microsoft.Bot.Builder;
using SpineBot.Content;
using SpineBot.Storage.Tests.Azurite;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.State;

public sealed class StoreOutageTests : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly BotApplicationFactory _factory;

    public StoreOutageTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _factory = new BotApplicationFactory()
            .WithSetting("Storage:Provider", "AzureBlob")
            .WithSetting("Storage:AzureBlob:ConnectionString", azurite.ConnectionString)
            .WithSetting("Storage:AzureBlob:Container", AzuriteFixture.NewContainerName())
            .WithServices(services => services.AddTransient<IBot, NoteTakingBot>());
    }

    [Fact]
    public async Task When_the_store_goes_down_the_runner_is_asked_to_try_again_and_the_conversation_resumes_when_it_is_back()
    {
        Assert.False(AzuriteFixture.Skipped, "This test needs Azurite (unset SPINEBOT_SKIP_AZURITE).");
        using var client = _factory.CreateClient();
        var tryAgain = _factory.Services.GetRequiredService<ClinicContent>().Messages.StorageUnavailable;
        await client.PostForRepliesAsync(ActivityBuilder.Message("lower back", "outage"));

        await _azurite.StopAsync(graceful: true);
        var duringOutage = await client.PostForRepliesAsync(ActivityBuilder.Message("since Saturday", "outage"));
        using var healthDuringOutage = await client.GetAsync("/healthz");
        await _azurite.StartAsync();
        await client.PostForRepliesAsync(ActivityBuilder.Message("7 out of 10", "outage"));
        var kept = await client.PostForRepliesAsync(ActivityBuilder.Message("count", "outage"));
        using var healthAfter = await client.GetAsync("/healthz");

        Assert.Equal([tryAgain], duringOutage.Texts());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthDuringOutage.StatusCode);
        Assert.Equal("7 out of 10|lower back", Assert.Single(kept.Texts()));
        Assert.Equal(HttpStatusCode.OK, healthAfter.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
