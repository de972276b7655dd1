using Microsoft.AspNetCore.Mvc;
using SpineBot.DirectLine.Conversations;
using SpineBot.DirectLine.Tokens;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// <c>GET /conversations/{id}/stream?watermark=&amp;t=</c>: the WebSocket at a <c>streamUrl</c>. The one-use ticket
/// <c>t</c> replaces the Authorization header browsers cannot send on a WebSocket.
/// </summary>
internal static class StreamEndpoint
{
    public static async Task<IResult> ConnectAsync(
        HttpContext http,
        string conversationId,
        string? watermark,
        [FromQuery(Name = "t")] string? ticket,
        DirectLineConversations conversations,
        DirectLineTokens tokens,
        ActivityStream stream,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("Connect to the streamUrl with a WebSocket.");
        }

        if (!Watermark.TryParse(watermark, out var from))
        {
            return DirectLineErrors.BadArgument(Watermark.Problem);
        }

        var conversation = conversations.Find(conversationId);
        if (conversation is null)
        {
            return DirectLineErrors.UnknownConversation();
        }

        if (tokens.RedeemStreamTicket(ticket, conversationId) is null)
        {
            return DirectLineErrors.Error(
                StatusCodes.Status403Forbidden,
                "Forbidden",
                "The stream URL is unknown, used or older than a minute; reconnect for a new one.");
        }

        conversation.Touch(time.GetUtcNow());
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await stream.RunAsync(socket, conversation, from);
        return Results.Empty;
    }
}
