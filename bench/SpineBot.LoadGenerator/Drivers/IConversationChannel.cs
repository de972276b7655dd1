namespace SpineBot.LoadGenerator.Drivers;

/// <summary>A way of talking to a bot: Bot Framework expectReplies, or the embedded Direct Line.</summary>
internal interface IConversationChannel
{
    string Name { get; }

    IChannelConversation Open(string conversationId);
}
