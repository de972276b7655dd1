using SpineBot.DirectLine.Conversations;
using SpineBot.DirectLine.Tokens;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// Checks the <c>Authorization: Bearer</c> token of an embedded Direct Line request: it must be known, unexpired and
/// bound to the conversation in the path (or, without one, to a conversation that still exists). A request that
/// passes marks its conversation as used.
/// </summary>
internal sealed class BearerAuthorization(DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider time)
{
    private const string Scheme = "Bearer ";

    public AuthorizedRequest Authorize(HttpContext http, string? conversationId = null)
    {
        ArgumentNullException.ThrowIfNull(http);

        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            return AuthorizedRequest.Refused(DirectLineErrors.MissingToken(http.Response));
        }

        var token = header[Scheme.Length..].Trim();
        var grant = tokens.Find(token);
        if (grant is null)
        {
            return AuthorizedRequest.Refused(DirectLineErrors.UnknownToken());
        }

        var conversation = conversations.Find(conversationId ?? grant.ConversationId);
        if (conversation is null)
        {
            return AuthorizedRequest.Refused(DirectLineErrors.UnknownConversation());
        }

        if (!string.Equals(conversation.Id, grant.ConversationId, StringComparison.Ordinal))
        {
            return AuthorizedRequest.Refused(DirectLineErrors.ForeignConversation());
        }

        conversation.Touch(time.GetUtcNow());
        return new AuthorizedRequest(token, grant, conversation, null);
    }
}
