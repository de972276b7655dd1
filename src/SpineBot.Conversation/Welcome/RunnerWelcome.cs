using Microsoft.Bot.Builder;
using SpineBot.Content.Messages;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Wording;

namespace SpineBot.Conversation.Welcome;

/// <summary>
/// The welcome, sent once per conversation: who the bot is, that it gives general information and not a diagnosis,
/// "if this is an emergency, call 911", then the open question. Direct Line sends a conversationUpdate and the
/// website's widget a "webchat/join" event for the same visitor, so the first one wins.
/// </summary>
internal sealed class RunnerWelcome(ConversationMessages messages, RunnerMemory memory)
{
    /// <summary>Sends the whole welcome, open question included, unless this conversation already had it.</summary>
    public async Task SendOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await SendIntroductionOnceAsync(turnContext, cancellationToken))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(messages.Welcome.StartPrompt), cancellationToken);
        }
    }

    /// <summary>
    /// Sends the introduction without the open question (a dialog asks it next), unless this conversation already had
    /// the welcome. Returns whether it was sent.
    /// </summary>
    public async Task<bool> SendIntroductionOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await memory.WasWelcomedAsync(turnContext, cancellationToken))
        {
            return false;
        }

        await memory.NoteWelcomedAsync(turnContext, cancellationToken);
        var welcome = messages.Welcome;
        await turnContext.SendActivityAsync(MessageFactory.Text(MessageText.Sentences(welcome.Greeting, welcome.Purpose)), cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text(MessageText.Sentences(welcome.NotADiagnosis, welcome.Emergency)), cancellationToken);
        return true;
    }
}
