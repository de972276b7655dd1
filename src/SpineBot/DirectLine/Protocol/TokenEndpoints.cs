using SpineBot.DirectLine.Conversations;
using SpineBot.DirectLine.Tokens;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// <c>POST /tokens/generate</c> (a token for a new conversation; no secret exists in embedded mode, so it is
/// rate-limited per client address instead) and <c>POST /tokens/refresh</c> (a new token for the same conversation
/// and user; the old one stays valid until it expires).
/// </summary>
internal static class TokenEndpoints
{
    public static IResult Generate(HttpContext http, DirectLineConversations conversations, DirectLineTokens tokens, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);

        var conversation = conversations.Create();
        return Answer(http, tokens.Issue(conversation.Id, conversation.UserId), time);
    }

    public static IResult Refresh(HttpContext http, BearerAuthorization authorization, DirectLineTokens tokens, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);

        var request = authorization.Authorize(http);
        if (request.Refusal is not null)
        {
            return request.Refusal;
        }

        return Answer(http, tokens.Issue(request.Grant!.ConversationId, request.Grant.UserId), time);
    }

    private static IResult Answer(HttpContext http, IssuedToken issued, TimeProvider time)
    {
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new TokenResponse(issued.Grant.ConversationId, issued.Token, issued.Grant.SecondsLeft(time.GetUtcNow())));
    }
}
