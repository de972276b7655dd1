using Microsoft.Bot.Builder;

namespace SpineBot.Storage.State;

/// <summary>
/// The ETag rules every backend follows, as the SDK's storages do: a null, empty or <c>"*"</c> ETag writes
/// unconditionally; any other ETag must match the stored item's. Values that carry an ETag: <see cref="IStoreItem"/>s,
/// and — so that <c>ConversationState</c> and <c>UserState</c>, which store a plain
/// <c>Dictionary&lt;string, object&gt;</c>, get the same protection against lost updates — state dictionaries, under
/// the key <see cref="StateDictionaryKey"/> (the JavaScript SDK's convention).
/// </summary>
internal static class StoreItemETags
{
    public const string Any = "*";

    /// <summary>The key under which a state dictionary carries its ETag.</summary>
    public const string StateDictionaryKey = "eTag";

    /// <summary>The ETag the stored item must have for the write to go ahead, or null to write unconditionally.</summary>
    public static string? Expected(object? value) =>
        Current(value) is { Length: > 0 } etag && etag != Any ? etag : null;

    /// <summary>
    /// True for a state dictionary that was never stored (it has no ETag yet): it may only be created, not written
    /// over an item that another writer created meanwhile. Without this, two instances starting the same
    /// conversation at once would both "create" it and the later write would silently drop the earlier one.
    /// </summary>
    public static bool MustBeNew(object? value) =>
        value is IDictionary<string, object> state && !state.ContainsKey(StateDictionaryKey);

    /// <summary>Gives a value the ETag it was stored or read with, if it carries one.</summary>
    public static void Assign(object? value, string etag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = etag;
                break;
            case IDictionary<string, object> { IsReadOnly: false } state:
                state[StateDictionaryKey] = etag;
                break;
        }
    }

    public static void ThrowIfBlank(string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            ThrowIfBlank(key);
        }
    }

    public static void ThrowIfBlank(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("A storage key must not be null or empty.", nameof(key));
        }
    }

    private static string? Current(object? value) => value switch
    {
        IStoreItem item => item.ETag,
        IDictionary<string, object> state when state.TryGetValue(StateDictionaryKey, out var etag) => etag as string,
        _ => null,
    };
}
