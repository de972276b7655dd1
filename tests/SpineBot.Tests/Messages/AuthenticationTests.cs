using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SpineBot.Hosting;
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

    [Theory]
    [InlineData("SingleTenant", "", "tenant", "MicrosoftAppPassword")]
    [InlineData("SingleTenant", "secret", "", "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", "", "", "MicrosoftAppTenantId")]
    [InlineData("SomethingElse", "secret", "tenant", "MicrosoftAppType")]
    public void Identity_settings_that_cannot_work_stop_the_start_naming_the_setting(string appType, string password, string tenant, string named)
    {
        var options = new BotIdentityOptions
        {
            MicrosoftAppType = appType,
            MicrosoftAppId = "11111111-2222-3333-4444-555555555555",
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
        };

        var result = new BotIdentityOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_managed_identity_needs_no_password()
    {
        var options = new BotIdentityOptions
        {
            MicrosoftAppType = "UserAssignedMSI",
            MicrosoftAppId = "11111111-2222-3333-4444-555555555555",
            MicrosoftAppTenantId = "66666666-7777-8888-9999-000000000000",
        };

        Assert.True(new BotIdentityOptionsValidator().Validate(null, options).Succeeded);
    }
}
