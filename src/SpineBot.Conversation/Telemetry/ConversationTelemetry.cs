using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SpineBot.Conversation.Telemetry;

/// <summary>
/// SpineBot's traces and metrics: turns and their latency, dialogs started and completed, red-flag hits,
/// clinic handoffs, call-back requests and errors. Tags carry ids (channel, dialog, flag, reason), never what a
/// runner wrote.
/// </summary>
public sealed class ConversationTelemetry
{
    /// <summary>The name of the activity source and the meter, for exporters to listen to.</summary>
    public const string Name = "SpineBot";

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _dialogsStarted;
    private readonly Counter<long> _dialogsCompleted;
    private readonly Counter<long> _redFlagHits;
    private readonly Counter<long> _handoffs;
    private readonly Counter<long> _callbackRequests;

    public ConversationTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);

        var meter = meterFactory.Create(Name);
        _turns = meter.CreateCounter<long>("spinebot.turns", "{turn}", "Turns the bot has handled.");
        _turnDuration = meter.CreateHistogram<double>("spinebot.turn.duration", "ms", "Time from a turn's start to its end.");
        _errors = meter.CreateCounter<long>("spinebot.errors", "{error}", "Turns that failed.");
        _dialogsStarted = meter.CreateCounter<long>("spinebot.dialogs.started", "{dialog}", "Dialogs begun.");
        _dialogsCompleted = meter.CreateCounter<long>("spinebot.dialogs.completed", "{dialog}", "Dialogs that ran to their end.");
        _redFlagHits = meter.CreateCounter<long>("spinebot.red_flags", "{hit}", "Emergency red flags recognised.");
        _handoffs = meter.CreateCounter<long>("spinebot.handoffs", "{handoff}", "Handoffs to the clinic.");
        _callbackRequests = meter.CreateCounter<long>("spinebot.callback_requests", "{request}", "Call-back requests recorded.");
    }

    /// <summary>The source of SpineBot's trace spans (one per turn).</summary>
    public static ActivitySource Traces { get; } = new(Name);

    public void TurnCompleted(string channelId, string activityType, TimeSpan duration)
    {
        var tags = new TagList { { "channel", channelId }, { "activity.type", activityType } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalMilliseconds, tags);
    }

    public void TurnFailed(string channelId, string errorType) =>
        _errors.Add(1, new TagList { { "channel", channelId }, { "error.type", errorType } });

    public void DialogStarted(string dialogId) => _dialogsStarted.Add(1, new KeyValuePair<string, object?>("dialog", dialogId));

    public void DialogCompleted(string dialogId) => _dialogsCompleted.Add(1, new KeyValuePair<string, object?>("dialog", dialogId));

    public void RedFlagRecognised(string flagId) => _redFlagHits.Add(1, new KeyValuePair<string, object?>("flag", flagId));

    public void HandedOff(string reason) => _handoffs.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void CallbackRequested() => _callbackRequests.Add(1);
}
