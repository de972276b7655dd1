using System.Text.Json.Serialization;

namespace SpineBot.DirectLine.PageToken;

/// <summary>
/// What the chat page gets from <c>POST /api/directline/token</c>: the token and conversation for
/// <c>WebChat.createDirectLine</c>, and the Direct Line <c>domain</c> to use (absent: Web Chat's default, Azure).
/// </summary>
internal sealed record PageTokenResponse(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("expiresIn")] int ExpiresIn,
    [property: JsonPropertyName("domain"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Domain);
