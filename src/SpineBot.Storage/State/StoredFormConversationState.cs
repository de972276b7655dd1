using Microsoft.Bot.Builder;

namespace SpineBot.Storage.State;

/// <summary>
/// <see cref="ConversationState"/> that tells whether a turn changed the state by comparing the state's JSON in the
/// stored form (<see cref="StateJson"/>: no nulls, type names only where needed) before and after, instead of the
/// SDK's hash, which turns the whole state into a <c>JObject</c> and indented text three times a turn (on load, to
/// see whether it changed, and after writing), nulls of the prompt activities included. Loading, the property
/// accessors, clearing, deleting and the ETag rules are the SDK's; only the change test is cheaper, and SpineBot's own
/// stores write the JSON the test made (<see cref="SerializedState"/>) instead of serialising the state once more.
/// When is the same: a turn that changed nothing in the stored form writes nothing.
/// </summary>
public sealed class StoredFormConversationState : ConversationState
{
    private const string SnapshotKey = "SpineBot.Storage.ConversationStateSnapshot";

    private readonly IStorage _storage;

    /// <summary>Initializes a new instance of the <see cref="StoredFormConversationState"/> class.</summary>
    /// <param name="storage">The store the state is read from and written to.</param>
    public StoredFormConversationState(IStorage storage)
        : base(storage)
    {
        _storage = storage;
    }

    /// <inheritdoc/>
    public override async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = GetCachedState(turnContext);
        if (!force && cached?.State is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        items.TryGetValue(key, out var value);

        // The SDK's constructor hashes the dictionary it is given: an empty one costs nothing; the hash is not used.
        var loaded = new CachedBotState { State = value as IDictionary<string, object> ?? new Dictionary<string, object>() };
        turnContext.TurnState[nameof(ConversationState)] = loaded;
        // What the store read is the stored form already (written by this class, it has no ETag); state stored in
        // another form (an earlier version's, with its ETag) only compares unequal: that turn writes it once.
        var before = value is null || _storage is not ISerializedStateStore ? null : StateJson.JsonReadFor(value);
        turnContext.TurnState[SnapshotKey] = new StateSnapshot(loaded, before ?? Snapshot(loaded.State));
    }

    /// <inheritdoc/>
    public override async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (GetCachedState(turnContext) is not { State: { } state } cached)
        {
            return;
        }

        // A snapshot of another cached state (cleared, or put there by someone else) says nothing about this one.
        var before = turnContext.TurnState.Get<StateSnapshot>(SnapshotKey);
        var now = Snapshot(state);
        if (!force && before is not null && ReferenceEquals(before.Cached, cached) && before.Json == now)
        {
            return;
        }

        // This project's stores write the JSON just made; any other store serialises the state itself.
        object change = _storage is ISerializedStateStore ? new SerializedState(state, now) : state;
        await _storage.WriteAsync(new Dictionary<string, object> { [GetStorageKey(turnContext)] = change }, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState[SnapshotKey] = new StateSnapshot(cached, now);
    }

    /// <summary>The state's stored form without its ETag, which every write changes and no turn does.</summary>
    private static string Snapshot(IDictionary<string, object> state)
    {
        if (state.IsReadOnly || !state.Remove(StoreItemETags.StateDictionaryKey, out var etag))
        {
            return StateJson.Serialize(nameof(ConversationState), state);
        }

        try
        {
            return StateJson.Serialize(nameof(ConversationState), state);
        }
        finally
        {
            state[StoreItemETags.StateDictionaryKey] = etag;
        }
    }

    private sealed record StateSnapshot(CachedBotState Cached, string Json);
}
