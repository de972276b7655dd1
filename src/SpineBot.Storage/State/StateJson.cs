using Newtonsoft.Json;

namespace SpineBot.Storage.State;

/// <summary>
/// How bot state is turned into JSON and back, the same for every backend.
/// </summary>
/// <remarks>
/// Like the SDK's blob and Cosmos DB storages it writes <c>$type</c> names (<see cref="TypeNameHandling.All"/>), so
/// that <c>ConversationState</c>'s <c>Dictionary&lt;string, object&gt;</c> and the dialog stack come back as the
/// types that were stored; unlike them it restricts those names to <see cref="StateTypeBinder"/>'s safe list.
/// Strings are never turned into dates (<see cref="DateParseHandling.None"/>): a runner's text that looks like a date
/// stays a string; a date kept in an <c>object</c> slot comes back as its ISO 8601 string (typed properties are
/// unaffected).
/// </remarks>
internal static class StateJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Simple,
        SerializationBinder = new StateTypeBinder(),
        DateParseHandling = DateParseHandling.None,
        NullValueHandling = NullValueHandling.Include,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = 256,
    };

    public static string Serialize(string key, object? value)
    {
        if (value is null)
        {
            throw new ArgumentException($"The value for key '{key}' is null; delete the key instead.", nameof(value));
        }

        return JsonConvert.SerializeObject(value, Settings);
    }

    public static object? Deserialize(string json) => JsonConvert.DeserializeObject(json, Settings);
}
