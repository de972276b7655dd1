using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SpineBot.DirectLine.Conversations;

/// <summary>
/// The activities of one conversation that clients read, keeping only the latest ones. Each activity gets the next
/// sequence number and the id <c>{conversationId}|{sequence}</c>; the watermark is the next sequence number, so it
/// only ever grows even when old activities are dropped. Besides the count, a conversation keeps at most
/// <see cref="MaxChars"/> of JSON, so large posts cannot fill memory. Thread-safe; stored activities are immutable.
/// </summary>
internal sealed class ConversationLog(string conversationId, int capacity, LogBudget? budget = null)
{
    /// <summary>The most activity JSON one conversation keeps (a posted activity may be up to 256 KB).</summary>
    public const int MaxChars = 512 * 1024;

    private readonly LogBudget _budget = budget ?? new LogBudget();

    private readonly Lock _gate = new();
    private readonly Queue<LoggedActivity> _entries = new();
    private long _chars;
    private long _next;
    private TaskCompletionSource _appended = NewSignal();

    /// <summary>Appends activities in order, giving each its Direct Line id; returns the ids.</summary>
    public IReadOnlyList<string> Append(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);

        var ids = new List<string>();
        TaskCompletionSource appended;
        lock (_gate)
        {
            foreach (var activity in activities)
            {
                var sequence = _next++;
                activity.Id = $"{conversationId}|{sequence:D7}";
                ids.Add(activity.Id);
                var entry = new LoggedActivity(sequence, activity.Type, JsonConvert.SerializeObject(activity, Formatting.None, HttpHelper.BotMessageSerializerSettings));
                _entries.Enqueue(entry);
                _chars += entry.Json.Length;
                _budget.Add(entry.Json.Length);
                while (_entries.Count > 1 && (_entries.Count > capacity || _chars > MaxChars))
                {
                    var dropped = _entries.Dequeue().Json.Length;
                    _chars -= dropped;
                    _budget.Add(-dropped);
                }
            }

            appended = _appended;
            _appended = NewSignal();
        }

        appended.TrySetResult();
        return ids;
    }

    /// <summary>Drops every activity kept so far ("forget me"); the watermark keeps growing from where it was.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _budget.Add(-_chars);
            _chars = 0;
        }
    }

    /// <summary>
    /// The activities from <paramref name="watermark"/> on that are still kept. Typing activities travel only over
    /// the WebSocket stream, as in Direct Line.
    /// </summary>
    public ActivitySet Read(long watermark, bool includeTyping)
    {
        lock (_gate)
        {
            var activities = _entries
                .Where(entry => entry.Sequence >= watermark && (includeTyping || entry.Type != ActivityTypes.Typing))
                .Select(entry => entry.Json)
                .ToList();
            return new ActivitySet(activities, _next);
        }
    }

    /// <summary>Completes when an activity past <paramref name="watermark"/> exists.</summary>
    public Task WaitForMoreAsync(long watermark)
    {
        lock (_gate)
        {
            return _next > watermark ? Task.CompletedTask : _appended.Task;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
