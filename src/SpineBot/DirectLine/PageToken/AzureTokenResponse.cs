using System.Text.Json.Serialization;

namespace SpineBot.DirectLine.PageToken;

/// <summary>Azure Direct Line's answer to <c>POST /v3/directline/tokens/generate</c>.</summary>
internal sealed record AzureTokenResponse(
    [property: JsonPropertyName("conversationId")] string? ConversationId,
    [property: JsonPropertyName("token")] string? Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
