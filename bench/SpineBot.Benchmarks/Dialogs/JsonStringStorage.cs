using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace SpineBot.Benchmarks.Dialogs;

/// <summary>
/// In-memory storage that keeps every item as a JSON string written with SpineBot's state settings (type names on,
/// dates kept as strings), so each turn pays the same serialisation as with the SQLite or blob store, minus the I/O.
/// </summary>
internal sealed class JsonStringStorage : IStorage
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Simple,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 256,
    };

    private readonly ConcurrentDictionary<string, string> _items = new(StringComparer.Ordinal);

    public IEnumerable<string> Keys => _items.Keys;

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static object? Deserialize(string json) => JsonConvert.DeserializeObject(json, Settings);

    public string JsonOf(string key) => _items[key];

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var json) && Deserialize(json) is { } item)
            {
                found[key] = item;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            _items[key] = Serialize(value);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            _items.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }

    public void Clear() => _items.Clear();
}
