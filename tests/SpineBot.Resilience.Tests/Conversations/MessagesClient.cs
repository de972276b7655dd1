using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace SpineBot.Resilience.Tests.Conversations;

/// <summary>Talks to the bot's <c>POST /api/messages</c> with expect-replies delivery.</summary>
internal sealed class MessagesClient(HttpClient http)
{
    public const string Route = "/api/messages";

    /// <summary>The runner opens the chat.</summary>
    public Task<BotTurn> JoinAsync(string conversationId, CancellationToken cancellationToken) =>
        SendAsync(Activities.Joined(conversationId), cancellationToken);

    /// <summary>The runner types <paramref name="text"/>.</summary>
    public Task<BotTurn> SayAsync(string conversationId, string text, CancellationToken cancellationToken) =>
        SendAsync(Activities.Message(conversationId, text), cancellationToken);

    /// <summary>Posts an activity; a timeout or a dropped connection is a failed turn (HTTP 0), not an exception.</summary>
    public async Task<BotTurn> SendAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var clock = Stopwatch.StartNew();
        try
        {
            using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(Route, content, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new BotTurn(response.StatusCode, body, clock.Elapsed);
        }
        catch (HttpRequestException exception)
        {
            return new BotTurn(0, $"no response: {exception.Message}", clock.Elapsed);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new BotTurn(0, $"no response within {http.Timeout.TotalSeconds} s: {exception.Message}", clock.Elapsed);
        }
    }
}
