namespace SpineBot.Conversation.Privacy;

/// <summary>
/// A copy of the conversation's messages that a channel run by this bot holds (the embedded Direct Line's activity
/// log and tokens). The host implements it; "forget me" deletes it.
/// </summary>
public interface IChatHistory
{
    /// <summary>
    /// Deletes the messages held for the conversation and ends its access once the reply to "forget me" has been
    /// delivered; returns false when this channel holds nothing of that conversation.
    /// </summary>
    Task<bool> DeleteAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
