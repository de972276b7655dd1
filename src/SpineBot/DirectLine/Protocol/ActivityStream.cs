using System.Net.WebSockets;
using System.Text;
using SpineBot.DirectLine.Conversations;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// Pushes a conversation's activities down an open WebSocket as Direct Line <c>ActivitySet</c> frames: first those
/// after the client's watermark, then each new batch as it is appended. What the client sends (Web Chat pings with
/// empty messages) is read and ignored. The stream ends when the client closes, a newer stream replaces it
/// ("collision", as Direct Line allows one per conversation), the conversation is dropped, or the host stops.
/// </summary>
internal sealed partial class ActivityStream(IHostApplicationLifetime lifetime, ILogger<ActivityStream> logger)
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);

    public async Task RunAsync(WebSocket socket, DirectLineConversation conversation, long watermark)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(conversation);

        var replaced = conversation.ReplaceStream();
        var stopping = lifetime.ApplicationStopping;
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var stopped = Task.Delay(Timeout.Infinite, receiving.Token);
        var closedByClient = DrainUntilClosedAsync(socket, receiving.Token);
        LogOpened(logger, conversation.Id);
        try
        {
            while (true)
            {
                var set = conversation.Log.Read(watermark, includeTyping: true);
                if (set.Activities.Count > 0)
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(set.ToJson()), WebSocketMessageType.Text, true, stopping);
                }

                watermark = set.Watermark;
                var more = conversation.Log.WaitForMoreAsync(watermark);
                if (await Task.WhenAny(more, closedByClient, replaced, conversation.Ended, stopped) != more)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Stopping, or the connection broke: close below if it is still open.
        }

        var reason = replaced.IsCompleted ? "collision" : "closing";
        await CloseAsync(socket, closedByClient, reason);
        await receiving.CancelAsync();
        LogClosed(logger, conversation.Id, reason);
    }

    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The stream is ending either way.
        }
    }

    private static async Task CloseAsync(WebSocket socket, Task closedByClient, string reason)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(CloseGrace);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
            }

            await closedByClient.WaitAsync(CloseGrace);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or TimeoutException)
        {
            // The client went away without closing; the connection is dropped with the request.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream opened for conversation {ConversationId}")]
    private static partial void LogOpened(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream for conversation {ConversationId} closed ({Reason})")]
    private static partial void LogClosed(ILogger logger, string conversationId, string reason);
}
