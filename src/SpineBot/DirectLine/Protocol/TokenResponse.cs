using System.Text.Json.Serialization;

namespace SpineBot.DirectLine.Protocol;

/// <summary>Direct Line's answer to generate and refresh: a token for one conversation.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
