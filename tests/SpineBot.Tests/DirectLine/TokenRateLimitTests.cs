using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.DirectLine;

public sealed class TokenRateLimitTests
{
    [Fact]
    public async Task Token_requests_beyond_the_limit_per_minute_get_429_with_a_reason()
    {
        using var factory = new BotApplicationFactory().WithSetting("DirectLine:TokenRequestsPerMinute", "3");
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.PostAsync("/api/directline/token", content: null);
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await client.PostAsync("/api/directline/token", content: null);
        using var generate = await client.PostAsync("/v3/directline/tokens/generate", content: null);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("too many", (string?)problem!["detail"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.TooManyRequests, generate.StatusCode);
    }

    [Fact]
    public async Task Generating_a_direct_line_token_gives_a_token_for_a_new_conversation()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        using var first = await client.PostAsync("/v3/directline/tokens/generate", content: null);
        using var second = await client.PostAsync("/v3/directline/tokens/generate", content: null);

        var one = await first.Content.ReadFromJsonAsync<JsonObject>();
        var two = await second.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(30 * 60, (int)one!["expires_in"]!);
        Assert.NotEqual((string?)one["conversationId"], (string?)two!["conversationId"]);
        Assert.NotEqual((string?)one["token"], (string?)two["token"]);
    }
}
