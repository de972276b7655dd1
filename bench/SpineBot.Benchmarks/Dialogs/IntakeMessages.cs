using Microsoft.Bot.Schema;

namespace SpineBot.Benchmarks.Dialogs;

/// <summary>The runner's messages of a benchmark conversation, shaped as Web Chat's arrive.</summary>
internal static class IntakeMessages
{
    public static Activity Message(string conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "directline",
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount(conversationId + "-user", role: RoleTypes.User),
        Recipient = new ChannelAccount("bot", role: RoleTypes.Bot),
        ServiceUrl = "http://127.0.0.1:9/",
        Text = text,
        Locale = "en-US",
    };
}
