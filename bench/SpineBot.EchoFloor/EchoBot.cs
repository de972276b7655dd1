using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.EchoFloor;

/// <summary>
/// Echoes every message and greets a runner who joins. Each turn reads the conversation's state, counts the turn in
/// it and saves it, so the floor pays for a state round trip through storage as a real bot does.
/// </summary>
internal sealed class EchoBot : ActivityHandler
{
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<int> _turns;

    public EchoBot(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _conversationState = conversationState;
        _turns = conversationState.CreateProperty<int>("turns");
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken);
        await _turns.SetAsync(turnContext, turns + 1, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(member => member.Id != turnContext.Activity.Recipient?.Id))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Hello"), cancellationToken);
        }
    }
}
