using System.Text.Json.Serialization;

namespace SpineBot.DirectLine.Protocol;

/// <summary>Direct Line's <c>Conversation</c>: what start and reconnect return.</summary>
internal sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string StreamUrl);
