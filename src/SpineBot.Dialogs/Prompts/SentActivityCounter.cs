using Microsoft.Bot.Builder;

namespace SpineBot.Dialogs.Prompts;

/// <summary>Counts the activities sent in a turn, so a prompt can tell whether its validator replied by itself.</summary>
internal sealed class SentActivityCounter
{
    private int _count;

    private SentActivityCounter()
    {
    }

    /// <summary>Gets the number of activities sent so far in this turn (from the first call on).</summary>
    public static int Of(ITurnContext turnContext)
    {
        var key = typeof(SentActivityCounter).FullName!;
        if (turnContext.TurnState.Get<SentActivityCounter>(key) is { } existing)
        {
            return existing._count;
        }

        var counter = new SentActivityCounter();
        turnContext.TurnState.Set(key, counter);
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            counter._count += activities.Count;
            return await next().ConfigureAwait(false);
        });
        return 0;
    }
}
