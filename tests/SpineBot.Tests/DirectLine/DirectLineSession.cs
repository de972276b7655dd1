namespace SpineBot.Tests.DirectLine;

/// <summary>A conversation as a Direct Line client holds it: its id and current token.</summary>
internal sealed record DirectLineSession(string ConversationId, string Token);
