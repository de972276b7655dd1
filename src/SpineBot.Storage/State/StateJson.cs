using System.Runtime.CompilerServices;
using Newtonsoft.Json;

namespace SpineBot.Storage.State;

/// <summary>
/// How bot state is turned into JSON and back, the same for every backend.
/// </summary>
/// <remarks>
/// Like the SDK's blob and Cosmos DB storages it writes <c>$type</c> names, so that <c>ConversationState</c>'s
/// <c>Dictionary&lt;string, object&gt;</c> and the dialog stack come back as the types that were stored; unlike them
/// it writes a name only where the declared type does not say it (<see cref="TypeNameHandling.Auto"/>), leaves null
/// properties out, and restricts the names to <see cref="StateTypeBinder"/>'s safe list.
/// Strings are never turned into dates (<see cref="DateParseHandling.None"/>): a runner's text that looks like a date
/// stays a string; a date kept in an <c>object</c> slot comes back as its ISO 8601 string (typed properties are
/// unaffected).
/// </remarks>
internal static class StateJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Simple,
        SerializationBinder = new StateTypeBinder(),
        DateParseHandling = DateParseHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = 256,
    };

    public static string Serialize(string key, object? value)
    {
        if (value is null)
        {
            throw new ArgumentException($"The value for key '{key}' is null; delete the key instead.", nameof(value));
        }

        // Declared as object, so the root carries its type name; below it, only values whose type differs from the
        // declared one do (Auto), and null properties are left out: the stored state stays small.
        return JsonConvert.SerializeObject(value, typeof(object), Settings);
    }

    // The text each state dictionary was read from, while the dictionary lives: a turn that changes nothing gives the
    // same text back, so StoredFormConversationState needs no serialisation to know what the state was.
    private static readonly ConditionalWeakTable<object, string> ReadFrom = [];

    public static object? Deserialize(string json)
    {
        var value = JsonConvert.DeserializeObject(json, Settings);
        if (value is IDictionary<string, object>)
        {
            ReadFrom.AddOrUpdate(value, json);
        }

        return value;
    }

    /// <summary>The JSON <paramref name="value"/> was read from by <see cref="Deserialize"/>, if it was.</summary>
    public static string? JsonReadFor(object value) => ReadFrom.TryGetValue(value, out var json) ? json : null;
}
