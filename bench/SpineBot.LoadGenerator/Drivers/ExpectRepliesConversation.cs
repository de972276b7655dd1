using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineBot.LoadGenerator.Drivers;

/// <summary>One expectReplies conversation: a conversationUpdate that adds the runner, then one message per turn.</summary>
internal sealed class ExpectRepliesConversation(ExpectRepliesChannel channel, string conversationId) : IChannelConversation
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly string _userId = conversationId + "-user";

    public string? ConversationId => conversationId;

    public Task<TurnReply> JoinAsync(CancellationToken cancellationToken) =>
        channel.PostAsync(Activity("conversationUpdate", text: null), cancellationToken);

    public Task<TurnReply> SayAsync(string text, CancellationToken cancellationToken) =>
        channel.PostAsync(Activity("message", text), cancellationToken);

    private string Activity(string type, string? text)
    {
        var user = new { id = _userId, name = "Runner", role = "user" };
        var bot = new { id = "bot", name = "Bot", role = "bot" };
        return JsonSerializer.Serialize(
            new
            {
                type,
                id = Guid.NewGuid().ToString("N"),
                channelId = channel.ChannelId,
                serviceUrl = "http://127.0.0.1:9/",
                deliveryMode = "expectReplies",
                timestamp = DateTimeOffset.UtcNow,
                locale = "en-US",
                conversation = new { id = conversationId },
                from = user,
                recipient = bot,
                text,
                membersAdded = type == "conversationUpdate" ? new object[] { user, bot } : null,
            },
            Options);
    }
}
