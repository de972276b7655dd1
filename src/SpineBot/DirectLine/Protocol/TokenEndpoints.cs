using SpineBot.DirectLine.Conversations;
using SpineBot.DirectLine.Tokens;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// <c>POST /tokens/generate</c> (a token for a new conversation; no secret exists in embedded mode, so it is
/// rate-limited per client address instead) and <c>POST /tokens/refresh</c> (a new token for the same conversation
/// and user; the old one stops working at once). Refreshes are limited per conversation and client address.
/// </summary>
internal static class TokenEndpoints
{
    public static IResult Generate(HttpContext http, DirectLineConversations conversations, DirectLineTokens tokens, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);

        var conversation = conversations.Create();
        return Answer(http, tokens.Issue(conversation.Id, conversation.UserId), time);
    }

    public static IResult Refresh(HttpContext http, BearerAuthorization authorization, DirectLineTokens tokens, ReconnectLimits limits, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);

        var request = authorization.Authorize(http);
        if (request.Refusal is not null)
        {
            return request.Refusal;
        }

        if (limits.RefuseRefresh(http, request.Grant!.ConversationId) is { } tooMany)
        {
            return tooMany;
        }

        var issued = tokens.Issue(request.Grant.ConversationId, request.Grant.UserId);
        tokens.RevokeToken(request.Token!);
        return Answer(http, issued, time);
    }

    private static IResult Answer(HttpContext http, IssuedToken issued, TimeProvider time)
    {
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new TokenResponse(issued.Grant.ConversationId, issued.Token, issued.Grant.SecondsLeft(time.GetUtcNow())));
    }
}
