using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.Conversation.Turns;

/// <summary>
/// What one attempt at a turn wants to happen: its replies (messages, cards, the <c>handoff.initiate</c> event), its
/// record writes (call-backs, feedback) and its counters, in the order the turn asked for them. Nothing happens until
/// <see cref="TurnOutboxMiddleware"/> commits the outbox after the turn's state was saved; an attempt retried after
/// a conflict throws its outbox away whole, so a retried turn answers, records and counts once.
/// </summary>
internal sealed class TurnOutbox
{
    private const string Key = "SpineBot.TurnOutbox";

    private readonly List<OutboxEntry> _entries = [];

    /// <summary>Gets the number of replies this attempt has sent so far (prompts read it to know a validator replied).</summary>
    public int SentCount { get; private set; }

    /// <summary>Gets a value indicating whether the turn told the runner to get urgent care (delivered even if the turn fails).</summary>
    public bool IsUrgent { get; private set; }

    /// <summary>Gets whether the turn is kept out of the transcript ("forget me": nothing of it may be kept).</summary>
    public bool IsOffTheRecord { get; private set; }

    /// <summary>The outbox of the turn attempt running on <paramref name="turnContext"/>, if the turn runs under one.</summary>
    public static TurnOutbox? Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<TurnOutbox>(Key);
    }

    /// <summary>
    /// Runs <paramref name="work"/> (a record write, a counter) once the turn's state is saved, and delivers what it
    /// says back in its place among the replies. Outside an outbox (a dialog run on its own) the work runs now.
    /// </summary>
    public static async Task DoAfterSaveAsync(ITurnContext turnContext, Func<CancellationToken, Task<IActivity?>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Of(turnContext) is { } outbox)
        {
            outbox._entries.Add(new OutboxEntry(null, work));
            return;
        }

        if (await work(cancellationToken).ConfigureAwait(false) is { } said)
        {
            await turnContext.SendActivityAsync(said, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts (telemetry) once the turn's state is saved; outside an outbox, counts now.</summary>
    public static void CountAfterSave(ITurnContext turnContext, Action count)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (Of(turnContext) is { } outbox)
        {
            outbox._entries.Add(new OutboxEntry(null, _ =>
            {
                count();
                return Task.FromResult<IActivity?>(null);
            }));
            return;
        }

        count();
    }

    /// <summary>Marks the turn as one that told the runner to get urgent care: its replies are delivered even if it fails.</summary>
    public static void MarkUrgent(ITurnContext turnContext)
    {
        if (Of(turnContext) is { } outbox)
        {
            outbox.IsUrgent = true;
        }
    }

    /// <summary>Keeps the turn out of the transcript: the runner asked to be forgotten, so neither the request nor the reply is kept.</summary>
    public static void MarkOffTheRecord(ITurnContext turnContext)
    {
        if (Of(turnContext) is { } outbox)
        {
            outbox.IsOffTheRecord = true;
        }
    }

    /// <summary>Opens a fresh outbox for an attempt at the turn (replacing the one of an attempt that was retried).</summary>
    internal static TurnOutbox Open(ITurnContext turnContext)
    {
        var outbox = new TurnOutbox();
        turnContext.TurnState[Key] = outbox;
        return outbox;
    }

    /// <summary>Closes the outbox: from now on replies on <paramref name="turnContext"/> go straight to the channel.</summary>
    internal static void Close(ITurnContext turnContext) => turnContext.TurnState.Remove(Key);

    /// <summary>Buffers replies (in place of sending them).</summary>
    internal void Add(IEnumerable<Activity> activities)
    {
        foreach (var activity in activities)
        {
            _entries.Add(new OutboxEntry(activity, null));
            SentCount++;
        }
    }

    /// <summary>Runs the work in order and returns every reply to deliver, in order.</summary>
    internal async Task<List<IActivity>> CommitAsync(CancellationToken cancellationToken)
    {
        var replies = new List<IActivity>(_entries.Count);
        foreach (var entry in _entries)
        {
            if (entry.Reply is { } reply)
            {
                replies.Add(reply);
            }
            else if (entry.Work is { } work && await work(cancellationToken).ConfigureAwait(false) is { } said)
            {
                replies.Add(said);
            }
        }

        return replies;
    }

    /// <summary>The replies alone (for a failed urgent turn: the warning is delivered, nothing is recorded).</summary>
    internal List<IActivity> RepliesOnly() => [.. _entries.Where(entry => entry.Reply is not null).Select(entry => entry.Reply!)];
}
