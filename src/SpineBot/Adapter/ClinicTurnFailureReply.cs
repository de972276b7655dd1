using SpineBot.Conversation.Records;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Content;

namespace SpineBot.Adapter;

/// <summary>
/// The clinic's words for a failed turn: "please try again in a moment" while the store is down (the conversation
/// is kept), "I didn't quite get that" when reading the message ran out of time (a pattern's timeout: the
/// conversation is kept), and a plain apology for anything else.
/// </summary>
internal sealed class ClinicTurnFailureReply(ClinicContent content) : ITurnFailureReply
{
    public IActivity For(ITurnContext turnContext, Exception exception) => MessageFactory.Text(exception switch
    {
        StorageUnavailableException => content.Messages.StorageUnavailable,
        RegexMatchTimeoutException => content.Messages.NotUnderstood[0],
        _ => content.Messages.Error,
    });
}
