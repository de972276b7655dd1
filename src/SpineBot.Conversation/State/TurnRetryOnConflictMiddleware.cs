using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Storage;

namespace SpineBot.Conversation.State;

/// <summary>
/// Keeps every answer when two turns of one conversation arrive at once (a double click, or two bot instances
/// behind a load balancer). Turns of a conversation run one at a time on this instance; when another instance
/// saved the conversation first, the stale save is rejected by the store's ETag check and the turn is run again
/// on the fresh state. Replies are held until the turn's state is saved, so a retried turn never answers twice and
/// a turn whose state could not be saved asks nothing the bot has not remembered.
/// </summary>
public sealed class TurnRetryOnConflictMiddleware(ConversationState conversationState) : IMiddleware
{
    private const int MaxAttempts = 5;
    private const string FlushingKey = "SpineBot.FlushingHeldReplies";

    // Striped locks: a conversation always maps to the same stripe; unrelated conversations rarely share one.
    private const int Stripes = 4096;

    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        var held = new List<IActivity>();
        turnContext.OnSendActivities((context, activities, sendNext) => HoldAsync(context, activities, sendNext, held));

        var gate = _gates[StripeOf(turnContext.Activity.Conversation?.Id)];
        await gate.WaitAsync(cancellationToken);
        var completed = false;
        try
        {
            await RunWithRetriesAsync(turnContext, next, held, cancellationToken);
            completed = true;
        }
        finally
        {
            gate.Release();

            // From here on replies pass straight through: the held ones below, and the error handler's apology.
            // A failed turn's replies are dropped (the runner would be asked a question whose answer was not
            // saved), unless the turn told the runner to get urgent care: that is always delivered.
            turnContext.TurnState[FlushingKey] = true;
            if (held.Count > 0 && (completed || UrgentReplies.WereSent(turnContext)))
            {
                await turnContext.SendActivitiesAsync([.. held], cancellationToken);
            }
        }
    }

    private static int StripeOf(string? conversationId) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId ?? string.Empty) % Stripes);

    private async Task RunWithRetriesAsync(ITurnContext turnContext, NextDelegate next, List<IActivity> held, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(cancellationToken);
                return;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                held.Clear();
                await conversationState.LoadAsync(turnContext, force: true, cancellationToken);
            }
        }
    }

    private static Task<ResourceResponse[]> HoldAsync(
        ITurnContext context,
        List<Activity> activities,
        Func<Task<ResourceResponse[]>> sendNext,
        List<IActivity> held)
    {
        if (context.TurnState.ContainsKey(FlushingKey))
        {
            return sendNext();
        }

        held.AddRange(activities);
        return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
    }
}
