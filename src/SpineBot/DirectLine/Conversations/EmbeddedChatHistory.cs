using Microsoft.Bot.Connector;
using SpineBot.Conversation.Privacy;

namespace SpineBot.DirectLine.Conversations;

/// <summary>
/// The embedded Direct Line's side of "forget me": the conversation's activity log is dropped at once, and the
/// conversation with its tokens and stream ends once the reply has had time to be read.
/// </summary>
internal sealed class EmbeddedChatHistory(DirectLineConversations conversations) : IChatHistory
{
    public Task<bool> DeleteAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(
            string.Equals(channelId, Channels.Directline, StringComparison.OrdinalIgnoreCase)
            && conversations.Forget(conversationId));
}
