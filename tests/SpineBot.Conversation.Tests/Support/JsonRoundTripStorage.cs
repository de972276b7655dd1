using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SpineBot.Conversation.Tests.Support;

/// <summary>
/// Storage that keeps every item only as JSON text without type names, so every turn reads back fresh JObjects, like
/// a database round trip (the harshest case: our real storages keep SpineBot type names).
/// </summary>
internal sealed class JsonRoundTripStorage : IStorage
{
    private readonly Dictionary<string, string> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Every stored JSON text.</summary>
    public IReadOnlyList<string> AllJson()
    {
        lock (_gate)
        {
            return [.. _items.Values];
        }
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>();
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var json))
                {
                    result[key] = JsonConvert.DeserializeObject<JObject>(json)!;
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            foreach (var (key, value) in changes)
            {
                _items[key] = JsonConvert.SerializeObject(value);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
