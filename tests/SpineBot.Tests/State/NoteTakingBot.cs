using Microsoft.Bot.Builder;

namespace SpineBot.Tests.State;

/// <summary>
/// A bot that keeps every message of a conversation in conversation state, like answers to an intake.
/// "count" replies with the number of notes kept.
/// </summary>
internal sealed class NoteTakingBot(ConversationState conversationState) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != "message")
        {
            return;
        }

        var accessor = conversationState.CreateProperty<List<string>>("notes");
        var notes = await accessor.GetAsync(turnContext, () => [], cancellationToken);
        if (turnContext.Activity.Text != "count")
        {
            notes.Add(turnContext.Activity.Text);
            await accessor.SetAsync(turnContext, notes, cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        }

        await turnContext.SendActivityAsync(string.Join("|", notes.Order(StringComparer.Ordinal)), cancellationToken: cancellationToken);
    }
}
