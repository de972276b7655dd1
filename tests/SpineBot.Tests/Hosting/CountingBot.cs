using Microsoft.Bot.Builder;

namespace SpineBot.Tests.Hosting;

/// <summary>
/// A bot that remembers how many messages it saw in conversation state, fails on "fail", and on "slow" meets a
/// pattern that timed out (as a runaway regular expression would) before anything was saved.
/// </summary>
internal sealed class CountingBot(ConversationState conversationState) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != "message")
        {
            return;
        }

        var counter = conversationState.CreateProperty<int>("count");
        var count = await counter.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await counter.SetAsync(turnContext, count, cancellationToken);
        if (turnContext.Activity.Text == "fail")
        {
            throw new InvalidOperationException("A fault inside the turn");
        }

        if (turnContext.Activity.Text == "slow")
        {
            throw new System.Text.RegularExpressions.RegexMatchTimeoutException("(a+)+$", "aaaa!", TimeSpan.FromMilliseconds(200));
        }

        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await turnContext.SendActivityAsync($"count {count}", cancellationToken: cancellationToken);
    }
}
