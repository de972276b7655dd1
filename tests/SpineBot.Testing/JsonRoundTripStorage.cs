using Microsoft.Bot.Builder;
using SpineBot.Storage.State;

namespace SpineBot.Testing;

/// <summary>
/// Storage that keeps every item only as JSON text written and read by the production serializer (SpineBot.Storage's
/// <c>StateJson</c>: allow-listed type names), so each read returns fresh objects exactly as the SQLite and blob
/// stores do — unlike MemoryStorage, which keeps the same .NET objects.
/// </summary>
public sealed class JsonRoundTripStorage : IStorage
{
    private readonly Dictionary<string, string> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Gets the number of writes so far.</summary>
    public int WriteCount { get; private set; }

    /// <summary>Gets the stored JSON text of an item, or null.</summary>
    public string? RawJson(string key)
    {
        lock (_gate)
        {
            return _items.GetValueOrDefault(key);
        }
    }

    /// <summary>Gets all stored JSON texts.</summary>
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
                    result[key] = StateJson.Deserialize(json)!;
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
                _items[key] = StateJson.Serialize(key, value);
            }

            WriteCount++;
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
