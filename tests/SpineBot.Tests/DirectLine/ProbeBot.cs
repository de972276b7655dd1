using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.Tests.DirectLine;

/// <summary>
/// A bot that shows what it was given: it welcomes each joining member by id, answers "who" with the sender,
/// conversation and channel it saw, answers the Web Chat join event, counts messages in conversation state, and
/// fails on "fail".
/// </summary>
internal sealed class ProbeBot(ConversationState conversationState) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
                foreach (var member in activity.MembersAdded.Where(member => member.Id != activity.Recipient.Id))
                {
                    await turnContext.SendActivityAsync($"welcome {member.Id}", cancellationToken: cancellationToken);
                }

                break;
            case ActivityTypes.Event when activity.Name == "webchat/join":
                await turnContext.SendActivityAsync("joined", cancellationToken: cancellationToken);
                break;
            case ActivityTypes.Message when activity.Text == "who":
                await turnContext.SendActivityAsync(
                    $"user {activity.From.Id} in {activity.Conversation.Id} on {activity.ChannelId}",
                    cancellationToken: cancellationToken);
                break;
            case ActivityTypes.Message:
                await CountAsync(turnContext, cancellationToken);
                break;
        }
    }

    private async Task CountAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var counter = conversationState.CreateProperty<int>("count");
        var count = await counter.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await counter.SetAsync(turnContext, count, cancellationToken);
        if (turnContext.Activity.Text == "fail")
        {
            throw new InvalidOperationException("A fault inside the turn");
        }

        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        await turnContext.SendActivityAsync($"count {count}: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
    }
}
