using Microsoft.Bot.Builder;
using SpineBot.DirectLine.Tokens;
using SpineBot.DirectLine.Turns;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// Start (<c>POST /conversations</c>) and reconnect (<c>GET /conversations/{id}?watermark=</c>): both answer with
/// the conversation id, the token, its seconds left and a fresh one-use WebSocket <c>streamUrl</c>.
/// </summary>
internal static class ConversationEndpoints
{
    /// <summary>
    /// 201 when this call started the conversation (the bot is told the user joined and may greet), 200 when the
    /// token's conversation had started already. Any request body (Web Chat may send a user id) is ignored.
    /// </summary>
    public static async Task<IResult> StartAsync(
        HttpContext http,
        BearerAuthorization authorization,
        DirectLineTokens tokens,
        ReconnectLimits limits,
        EmbeddedChannel channel,
        IBot bot,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);

        var request = authorization.Authorize(http);
        if (request.Refusal is not null)
        {
            return request.Refusal;
        }

        // Each start answers with a new stream ticket too, so starts count as reconnects.
        if (limits.RefuseReconnect(http, request.Grant!.ConversationId) is { } tooMany)
        {
            return tooMany;
        }

        var startedNow = await channel.StartAsync(request.Conversation!, bot, ServiceAddress.BaseUrl(http.Request), http.RequestAborted);
        var conversation = Describe(http, request, tokens, time, watermark: 0);
        return startedNow ? Results.Json(conversation, statusCode: StatusCodes.Status201Created) : Results.Json(conversation);
    }

    public static IResult Reconnect(
        HttpContext http,
        string conversationId,
        string? watermark,
        BearerAuthorization authorization,
        DirectLineTokens tokens,
        ReconnectLimits limits,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);

        var request = authorization.Authorize(http, conversationId);
        if (request.Refusal is not null)
        {
            return request.Refusal;
        }

        if (limits.RefuseReconnect(http, request.Grant!.ConversationId) is { } tooMany)
        {
            return tooMany;
        }

        if (!Watermark.TryParse(watermark, out var from))
        {
            return DirectLineErrors.BadArgument(Watermark.Problem);
        }

        return Results.Json(Describe(http, request, tokens, time, from));
    }

    private static ConversationResponse Describe(HttpContext http, AuthorizedRequest request, DirectLineTokens tokens, TimeProvider time, long watermark)
    {
        http.Response.Headers.CacheControl = "no-store";
        var grant = request.Grant!;
        var ticket = tokens.IssueStreamTicket(grant);
        return new ConversationResponse(
            grant.ConversationId,
            request.Token!,
            grant.SecondsLeft(time.GetUtcNow()),
            ServiceAddress.StreamUrl(http.Request, grant.ConversationId, ticket, watermark));
    }
}
