using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Messages;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task With_an_app_id_a_request_without_a_token_gets_401()
    {
        using var factory = new BotApplicationFactory()
            .WithSetting("MicrosoftAppType", "SingleTenant")
            .WithSetting("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
            .WithSetting("MicrosoftAppTenantId", "66666666-7777-8888-9999-000000000000")
            .WithSetting("MicrosoftAppPassword", "not-a-real-password");
        using var client = factory.CreateClient();
        var activity = ActivityBuilder.Message("hello", "auth-1");
        activity["serviceUrl"] = "https://smba.trafficmanager.net/amer/";
        activity.Remove("deliveryMode");

        using var response = await client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_a_forged_token_gets_401()
    {
        using var factory = new BotApplicationFactory()
            .WithSetting("MicrosoftAppType", "SingleTenant")
            .WithSetting("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
            .WithSetting("MicrosoftAppTenantId", "66666666-7777-8888-9999-000000000000")
            .WithSetting("MicrosoftAppPassword", "not-a-real-password");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(ActivityBuilder.Message("hello", "auth-2")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJhdWQiOiIxMTExMTExMS0yMjIyLTMzMzMtNDQ0NC01NTU1NTU1NTU1NTUifQ.");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_app_id_the_emulator_is_answered_without_a_token()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        var replies = await client.PostForRepliesAsync(ActivityBuilder.Message("hello", "auth-3"));

        Assert.NotEmpty(replies.Texts());
    }

    [Fact]
    public void An_app_id_without_its_password_stops_the_start_naming_the_setting()
    {
        using var factory = new BotApplicationFactory()
            .WithSetting("MicrosoftAppType", "SingleTenant")
            .WithSetting("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
            .WithSetting("MicrosoftAppTenantId", "66666666-7777-8888-9999-000000000000");

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppPassword", failure.Message, StringComparison.Ordinal);
    }
}
