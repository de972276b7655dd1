using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.Messages;

public sealed class BadRequestTests : IClassFixture<BotApplicationFactory>
{
    private readonly HttpClient _client;

    public BadRequestTests(BotApplicationFactory factory) => _client = factory.CreateClient();

    public static TheoryData<string, string, HttpStatusCode, string> Cases => new()
    {
        { "truncated JSON", "{\"type\":\"message\",", HttpStatusCode.BadRequest, "not valid JSON" },
        { "not JSON at all", "hello bot", HttpStatusCode.BadRequest, "not valid JSON" },
        { "an array", "[1,2]", HttpStatusCode.BadRequest, "JSON object" },
        { "a string", "\"message\"", HttpStatusCode.BadRequest, "JSON object" },
        { "empty body", string.Empty, HttpStatusCode.BadRequest, "empty" },
        { "no type", "{\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\"}", HttpStatusCode.BadRequest, "'type'" },
        { "no conversation", "{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\"}", HttpStatusCode.BadRequest, "conversation.id" },
        { "no sender", "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\"}", HttpStatusCode.BadRequest, "from.id" },
        { "no channel", "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"deliveryMode\":\"expectReplies\"}", HttpStatusCode.BadRequest, "channelId" },
        { "no way to reply", "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"channelId\":\"test\"}", HttpStatusCode.BadRequest, "serviceUrl" },
        { "a field of the wrong type", "{\"type\":\"message\",\"conversation\":\"c\",\"from\":{\"id\":\"u\"},\"channelId\":\"test\"}", HttpStatusCode.BadRequest, "not an activity" },
        { "a member without an id", "{\"type\":\"conversationUpdate\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"channelId\":\"test\",\"deliveryMode\":\"expectReplies\",\"membersAdded\":[null]}", HttpStatusCode.BadRequest, "membersAdded" },
        { "deeply nested JSON", "{\"type\":\"message\",\"value\":" + new string('[', 200) + new string(']', 200) + "}", HttpStatusCode.BadRequest, "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_body_that_is_not_an_activity_gets_a_4xx_with_a_reason(string name, string body, HttpStatusCode expected, string reason)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.True(expected == response.StatusCode, $"{name}: got {response.StatusCode}");
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains(reason, (string?)problem!["detail"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_content_type_gets_415()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "text/plain");

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        var activity = ActivityBuilder.Message(new string('a', 1024 * 1024), "big");

        using var response = await _client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_bot_still_answers_after_bad_requests()
    {
        using (var garbage = new StringContent("{{{", Encoding.UTF8, "application/json"))
        {
            using var refused = await _client.PostAsync("/api/messages", garbage);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var replies = await _client.PostForRepliesAsync(ActivityBuilder.Message("hello", "after-garbage"));

        Assert.Contains(replies.Texts(), text => !string.IsNullOrWhiteSpace(text));
    }
}
