using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Conversation.Records;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Conversation.Turns;

/// <summary>
/// Runs each turn against a <see cref="TurnOutbox"/> and commits it once the turn's state is saved: record writes and
/// counters run, replies are delivered, and (with <c>Transcripts:Enabled</c>) what was delivered is kept in the
/// transcript. Turns of a conversation run one at a time on this instance; when another instance saved the
/// conversation first, the stale save is refused by the store's ETag check, the attempt's outbox is thrown away and
/// the turn runs again on the fresh state. A turn that fails delivers nothing, unless it told the runner to get
/// urgent care: that warning is always delivered.
/// </summary>
internal sealed class TurnOutboxMiddleware(ConversationState conversationState, DeliveredTranscript transcript) : IMiddleware
{
    private const int MaxAttempts = 5;

    // Striped locks: a conversation always maps to the same stripe; unrelated conversations rarely share one.
    private const int Stripes = 4096;

    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        turnContext.OnSendActivities((context, activities, sendNext) => HoldAsync(context, activities, sendNext));

        // The outbox is committed under the conversation's gate too, so the next turn's replies never overtake these.
        var gate = _gates[StripeOf(turnContext.Activity.Conversation?.Id)];
        await gate.WaitAsync(cancellationToken);
        try
        {
            TurnOutbox outbox;
            try
            {
                outbox = await RunWithRetriesAsync(turnContext, next, cancellationToken);
            }
            catch
            {
                // The state was not saved: the runner would be asked a question whose answer the bot forgot. Only an
                // urgent-care warning is delivered; the error handler's apology passes straight through from here on.
                var failed = TurnOutbox.Of(turnContext);
                TurnOutbox.Close(turnContext);
                if (failed is { IsUrgent: true } && failed.RepliesOnly() is { Count: > 0 } urgent)
                {
                    await DeliverAsync(turnContext, urgent, keepTranscript: true, cancellationToken);
                }

                throw;
            }

            TurnOutbox.Close(turnContext);
            await DeliverAsync(turnContext, await outbox.CommitAsync(cancellationToken), !outbox.IsOffTheRecord, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private static int StripeOf(string? conversationId) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId ?? string.Empty) % Stripes);

    private async Task<TurnOutbox> RunWithRetriesAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var outbox = TurnOutbox.Open(turnContext);
            try
            {
                await next(cancellationToken);
                return outbox;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                await conversationState.LoadAsync(turnContext, force: true, cancellationToken);
            }
        }
    }

    private async Task DeliverAsync(ITurnContext turnContext, List<IActivity> replies, bool keepTranscript, CancellationToken cancellationToken)
    {
        if (keepTranscript)
        {
            await transcript.KeepIncomingAsync(turnContext.Activity);
        }

        if (replies.Count > 0)
        {
            await turnContext.SendActivitiesAsync([.. replies], cancellationToken);
            if (keepTranscript)
            {
                await transcript.KeepDeliveredAsync(replies);
            }
        }
    }

    private static Task<ResourceResponse[]> HoldAsync(ITurnContext context, List<Activity> activities, Func<Task<ResourceResponse[]>> sendNext)
    {
        if (TurnOutbox.Of(context) is not { } outbox)
        {
            return sendNext();
        }

        outbox.Add(activities);
        SentActivityCounter.CountHeld(context, activities.Count);
        return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
    }
}
