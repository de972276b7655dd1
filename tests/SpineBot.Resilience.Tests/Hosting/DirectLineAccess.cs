using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SpineBot.Resilience.Tests.Hosting;

/// <summary>
/// A genuine conversation on the bot's embedded Direct Line, as the website widget gets one: a token from
/// <c>POST /api/directline/token</c>, then <c>POST /v3/directline/conversations</c>. Made once, on first use, and
/// shared, since token requests are rate-limited per address.
/// </summary>
internal sealed class DirectLineAccess
{
    public const string TokenRoute = "/api/directline/token";
    public const string ConversationsRoute = "/v3/directline/conversations";

    private readonly Lazy<Task<(string Token, string ConversationId)>> _conversation;

    public DirectLineAccess(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        _conversation = new(() => StartAsync(http), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The token and the id of its started conversation.</summary>
    public Task<(string Token, string ConversationId)> ConversationAsync(CancellationToken cancellationToken) =>
        _conversation.Value.WaitAsync(cancellationToken);

    private static async Task<(string Token, string ConversationId)> StartAsync(HttpClient http)
    {
        using var tokenResponse = await http.PostAsync(TokenRoute, content: null);
        tokenResponse.EnsureSuccessStatusCode();
        var issued = await tokenResponse.Content.ReadFromJsonAsync<JsonObject>()
            ?? throw new InvalidOperationException("The token endpoint answered with no JSON.");
        var token = (string?)issued["token"] ?? throw new InvalidOperationException("The token endpoint gave no token.");
        var conversationId = (string?)issued["conversationId"] ?? throw new InvalidOperationException("The token endpoint gave no conversation.");

        using var start = new HttpRequestMessage(HttpMethod.Post, ConversationsRoute);
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await http.SendAsync(start);
        started.EnsureSuccessStatusCode();
        return (token, conversationId);
    }
}
