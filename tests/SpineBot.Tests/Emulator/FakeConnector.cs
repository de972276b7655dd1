using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SpineBot.Tests.DirectLine;

namespace SpineBot.Tests.Emulator;

/// <summary>
/// A channel connector (as the Emulator runs one) on a real loopback port: it takes the bot's replies at
/// <c>POST /v3/conversations/{conversationId}/activities/{activityId}</c> (and sends to the conversation) and
/// records them with the path they arrived at.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedReply> _replies = new();
    private LoopbackServer _server = null!;

    /// <summary>The connector's service URL, which the activities it posts carry.</summary>
    public Uri ServiceUrl => _server.BaseAddress;

    public IReadOnlyList<ReceivedReply> Replies => [.. _replies];

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackServer.StartAsync(endpoints =>
        {
            endpoints.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity) =>
                connector.Receive(conversationId, activityId, activity));
            endpoints.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject activity) =>
                connector.Receive(conversationId, null, activity));
        });
        return connector;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private IResult Receive(string conversationId, string? replyToPath, JsonObject activity)
    {
        _replies.Enqueue(new ReceivedReply(conversationId, replyToPath, activity));
        return Results.Json(new JsonObject { ["id"] = $"reply-{_replies.Count}" });
    }
}
