using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Records;
using SpineBot.Conversation.Turns;

namespace SpineBot.Conversation.Privacy;

/// <summary>
/// "Forget me": deletes everything kept of the conversation (conversation state, its call-back requests,
/// feedback, transcript lines and any channel copy of its messages) and tells the runner exactly what was deleted,
/// including when staff had already dealt with a call-back request.
/// </summary>
internal sealed class ConversationErasure(
    ConversationMessages messages,
    ConversationState conversationState,
    ICallbackRequestStore callbackRequests,
    IFeedbackStore feedback,
    IEnumerable<IConversationTranscripts> transcripts,
    IEnumerable<IChatHistory> chatHistories)
{
    /// <summary>Deletes what is kept of the turn's conversation and sends the reply that says what went.</summary>
    public async Task ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnOutbox.MarkOffTheRecord(turnContext);
        var report = await DeleteAsync(turnContext, cancellationToken);
        var memory = messages.Memory;
        var replies = new List<IActivity> { MessageFactory.Text(memory.Forgotten) };
        var items = new List<string>();
        if (report.CallbackRequests > 0)
        {
            items.Add(memory.Records.CallbackRequest);
        }

        if (report.Feedback > 0)
        {
            items.Add(memory.Records.Feedback);
        }

        if (report.TranscriptLines > 0)
        {
            items.Add(memory.Records.Transcript);
        }

        if (report.ChatHistory)
        {
            items.Add(memory.Records.ChatHistory);
        }

        if (items.Count > 0)
        {
            replies.Add(MessageFactory.Text(memory.AlsoDeleted.Render("items", messages.Lists.Join(items))));
        }

        if (report.CallbackAlreadyDone)
        {
            replies.Add(MessageFactory.Text(memory.CallbackAlreadyDone));
        }

        replies.Add(MessageFactory.Text(memory.AfterForgetting));
        await turnContext.SendActivitiesAsync([.. replies], cancellationToken);
    }

    /// <summary>Deletes what is kept of the turn's conversation; returns what was deleted.</summary>
    public async Task<ErasureReport> DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversationId = turnContext.Activity.Conversation.Id;
        await conversationState.DeleteAsync(turnContext, cancellationToken);
        var requests = await callbackRequests.DeleteConversationAsync(conversationId, cancellationToken);
        var answers = await feedback.DeleteConversationAsync(conversationId, cancellationToken);
        var lines = 0;
        foreach (var archive in transcripts)
        {
            lines += await archive.DeleteConversationAsync(conversationId, cancellationToken);
        }

        var history = false;
        foreach (var chat in chatHistories)
        {
            history |= await chat.DeleteAsync(turnContext.Activity.ChannelId, conversationId, cancellationToken);
        }

        return new ErasureReport(requests.Count, requests.Any(request => request.DoneAt is not null), answers, lines, history);
    }
}
