using Microsoft.Bot.Builder;

namespace SpineBot.Dialogs.Prompts;

/// <summary>
/// Counts the activities sent in a turn, so a prompt can tell whether its validator replied by itself. A middleware
/// that holds replies back until the turn's state is saved (an outbox) reports them through <see cref="CountHeld"/>,
/// since send handlers registered after its own never see them during the turn.
/// </summary>
public sealed class SentActivityCounter
{
    private int _count;

    private SentActivityCounter()
    {
    }

    /// <summary>Gets the number of activities sent (or held to be sent) so far in this turn.</summary>
    public static int Of(ITurnContext turnContext) => For(turnContext)._count;

    /// <summary>Counts <paramref name="count"/> activities a middleware held back to send after the turn.</summary>
    public static void CountHeld(ITurnContext turnContext, int count) => For(turnContext)._count += count;

    private static SentActivityCounter For(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = typeof(SentActivityCounter).FullName!;
        if (turnContext.TurnState.Get<SentActivityCounter>(key) is { } existing)
        {
            return existing;
        }

        var counter = new SentActivityCounter();
        turnContext.TurnState.Set(key, counter);
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            counter._count += activities.Count;
            return await next().ConfigureAwait(false);
        });
        return counter;
    }
}
