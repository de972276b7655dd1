namespace SpineBot.Dialogs;

/// <summary>Typed reads from dialog state dictionaries (waterfall <c>Values</c>, <see cref="DialogInstance.State"/>).</summary>
public static class DialogValueExtensions
{
    /// <summary>
    /// Gets the value stored under <paramref name="key"/> as <typeparamref name="T"/>, or <c>default</c> when absent.
    /// Works both in the turn the value was stored and after a JSON round trip through storage (when an int comes
    /// back as long, or an object as JObject).
    /// </summary>
    /// <exception cref="InvalidCastException">The stored value cannot be represented as <typeparamref name="T"/>.</exception>
    public static T? GetValue<T>(this IDictionary<string, object?> values, string key)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(key);
        return values.TryGetValue(key, out var value) ? StateJson.ConvertTo<T>(value) : default;
    }
}
