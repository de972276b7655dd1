using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;

namespace SpineBot.Dialogs;

/// <summary>
/// Converts persisted state values back to typed objects. After a round trip through storage a value may come back
/// as JObject/JArray/long/double/string instead of the type that was stored; this turns either form into T.
/// </summary>
internal static class StateJson
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        Converters = { new ActivityCreationConverter() },
    });

    /// <summary>Returns <paramref name="value"/> as <typeparamref name="T"/>, converting through JSON when needed.</summary>
    /// <exception cref="InvalidCastException">The value cannot be represented as <typeparamref name="T"/>.</exception>
    public static T? ConvertTo<T>(object? value)
    {
        if (value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        try
        {
            var token = value as JToken ?? JToken.FromObject(value, Serializer);
            return token.Type == JTokenType.Null ? default : token.ToObject<T>(Serializer);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new InvalidCastException($"A stored dialog value of type {value.GetType().Name} cannot be read as {typeof(T).Name}.", ex);
        }
    }

    /// <summary>
    /// Reads <paramref name="key"/> from <paramref name="state"/> as <typeparamref name="T"/> and, when it had to be
    /// converted, writes the converted object back so that changes made to it during this turn are persisted.
    /// </summary>
    public static T? ReadBack<T>(IDictionary<string, object?> state, string key)
        where T : class
    {
        if (!state.TryGetValue(key, out var raw) || raw is null)
        {
            return null;
        }

        if (raw is T typed)
        {
            return typed;
        }

        var converted = ConvertTo<T>(raw);
        state[key] = converted;
        return converted;
    }

    /// <summary>Deserialises interface-typed activities (IActivity, IMessageActivity) as <see cref="Activity"/>.</summary>
    private sealed class ActivityCreationConverter : CustomCreationConverter<IActivity>
    {
        public override IActivity Create(Type objectType) => new Activity();
    }
}
