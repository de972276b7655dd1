namespace SpineBot.DirectLine.Conversations;

/// <summary>
/// One embedded Direct Line conversation: its user, the activities clients read, a gate that runs its turns one at a
/// time (so replies keep their order), when it was last used, and its open WebSocket stream.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _stream;
    private long _lastUsedTicks;
    private long _endAtTicks;
    private int _started;

    public DirectLineConversation(string id, string userId, int capacity, DateTimeOffset now, LogBudget? budget = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);

        Id = id;
        UserId = userId;
        Log = new ConversationLog(id, capacity, budget);
        _lastUsedTicks = now.UtcTicks;
    }

    public string Id { get; }

    /// <summary>The only user who may speak in this conversation; a client's own <c>from.id</c> is ignored.</summary>
    public string UserId { get; }

    public ConversationLog Log { get; }

    /// <summary>Held while a turn runs; SemaphoreSlim needs no disposal unless its wait handle is used.</summary>
    public SemaphoreSlim Turns { get; } = new(1, 1);

    /// <summary>Whether the bot has been told that the user joined.</summary>
    public bool Started => Volatile.Read(ref _started) == 1;

    /// <summary>Completes when the conversation is dropped from memory.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Gets or sets the chat's locale ("es-US") given when the page asked for the token; stamped on the start.</summary>
    public string? Locale { get; set; }

    /// <summary>Marks the conversation started; true only for the first caller.</summary>
    public bool MarkStarted() => Interlocked.Exchange(ref _started, 1) == 0;

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    /// <summary>When the conversation was last used.</summary>
    public long LastUsedTicks => Interlocked.Read(ref _lastUsedTicks);

    /// <summary>Whether nobody used it for <paramref name="lifetime"/>, or it was forgotten and its grace has passed.</summary>
    public bool IsIdle(DateTimeOffset now, TimeSpan lifetime)
    {
        var endAt = Interlocked.Read(ref _endAtTicks);
        return now.UtcTicks - Interlocked.Read(ref _lastUsedTicks) > lifetime.Ticks || (endAt != 0 && now.UtcTicks >= endAt);
    }

    /// <summary>Makes the conversation end (tokens revoked, log dropped) at <paramref name="at"/>.</summary>
    public void EndAt(DateTimeOffset at) => Interlocked.Exchange(ref _endAtTicks, at.UtcTicks);

    /// <summary>
    /// Makes room for a new WebSocket stream: the previous one (if any) is told to close, as Direct Line allows one
    /// stream per conversation. Returns a task that completes when the new stream is replaced in turn.
    /// </summary>
    public Task ReplaceStream()
    {
        var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _stream, next)?.TrySetResult();
        return next.Task;
    }

    public void End() => _ended.TrySetResult();
}
