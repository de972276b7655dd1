namespace SpineBot.Storage.State;

/// <summary>
/// A state dictionary handed to this project's stores together with its stored-form JSON, already produced to see
/// whether the turn changed it (<see cref="StoredFormConversationState"/>): the store writes <see cref="Json"/> instead
/// of serialising <see cref="State"/> again, and applies the ETag rules to <see cref="State"/>. The JSON leaves the
/// ETag out; reading gives the dictionary its ETag from the store either way.
/// </summary>
internal sealed record SerializedState(IDictionary<string, object> State, string Json)
{
    /// <summary>The value whose ETag rules apply, and the JSON to store for it.</summary>
    public static (object Value, string Json) ForWrite(string key, object? value) =>
        value is SerializedState serialized ? (serialized.State, serialized.Json) : (value!, StateJson.Serialize(key, value));
}
