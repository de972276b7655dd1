using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SpineBot.DirectLine;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.DirectLine;

public sealed class DirectLineSettingsTests
{
    [Theory]
    [InlineData("DirectLine:TokenLifetime", "00:10:00", "TokenLifetime")]
    [InlineData("DirectLine:TokenLifetime", "2.00:00:00", "TokenLifetime")]
    [InlineData("DirectLine:MaxActivitiesPerConversation", "0", "MaxActivitiesPerConversation")]
    [InlineData("DirectLine:IdleConversationLifetime", "00:00:10", "IdleConversationLifetime")]
    [InlineData("DirectLine:TokenRequestsPerMinute", "0", "TokenRequestsPerMinute")]
    [InlineData("DirectLine:Endpoint", "http://directline.example.com", "DirectLine:Endpoint")]
    [InlineData("DirectLine:Endpoint", "not a url", "DirectLine:Endpoint")]
    public void A_setting_that_cannot_work_stops_the_start_naming_it(string key, string value, string named)
    {
        // The start-up validator the host runs; starting a whole host that fails races inside Mvc.Testing.
        using var services = DirectLineServices((key, value), ("DirectLine:Secret", "a-secret"));

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_start()
    {
        using var services = DirectLineServices();

        services.GetRequiredService<IStartupValidator>().Validate();

        var options = services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        Assert.False(options.UsesAzure);
        Assert.Equal(TimeSpan.FromMinutes(30), options.TokenLifetime);
        Assert.Equal(10, options.TokenRequestsPerMinute);
    }

    [Fact]
    public async Task With_an_app_id_the_embedded_turns_run_as_the_bot_without_calling_out()
    {
        using var factory = new BotApplicationFactory()
            .WithSetting("MicrosoftAppType", "SingleTenant")
            .WithSetting("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
            .WithSetting("MicrosoftAppTenantId", "66666666-7777-8888-9999-000000000000")
            .WithSetting("MicrosoftAppPassword", "not-a-real-password")
            .WithServices(services => services.AddTransient<IBot, ProbeBot>());
        var client = new WebChatClient(factory.CreateClient());
        var (session, _) = await client.ConnectAsync();

        await client.SayAsync(session, "hello");

        var page = await client.GetActivitiesAsync(session);
        Assert.Contains("count 1: hello", page.BotTexts);
        Assert.Equal("11111111-2222-3333-4444-555555555555", (string?)page.Activities[^1]["from"]!["id"]);
    }

    private static ServiceProvider DirectLineServices(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddEmbeddedDirectLine(configuration).BuildServiceProvider();
    }
}
