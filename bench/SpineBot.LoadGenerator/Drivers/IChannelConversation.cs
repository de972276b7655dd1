namespace SpineBot.LoadGenerator.Drivers;

/// <summary>One conversation with a bot over one channel: join (the bot may greet), then one message per turn.</summary>
internal interface IChannelConversation
{
    /// <summary>The conversation id the bot stores state under, once known.</summary>
    string? ConversationId { get; }

    Task<TurnReply> JoinAsync(CancellationToken cancellationToken);

    Task<TurnReply> SayAsync(string text, CancellationToken cancellationToken);
}
