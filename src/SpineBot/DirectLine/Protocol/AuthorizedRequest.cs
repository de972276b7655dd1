using SpineBot.DirectLine.Conversations;
using SpineBot.DirectLine.Tokens;

namespace SpineBot.DirectLine.Protocol;

/// <summary>
/// The outcome of checking a request's bearer token: the token, its grant and its conversation, or the refusal to
/// send.
/// </summary>
internal sealed record AuthorizedRequest(string? Token, TokenGrant? Grant, DirectLineConversation? Conversation, IResult? Refusal)
{
    public static AuthorizedRequest Refused(IResult refusal) => new(null, null, null, refusal);
}
