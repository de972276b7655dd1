namespace SpineBot.Conversation.Records;

/// <summary>
/// Thrown when a write is refused because the stored item changed since it was read: the item's
/// <see cref="Microsoft.Bot.Builder.IStoreItem.ETag"/> no longer matches the stored one (another turn of the same
/// conversation wrote first, or the item was deleted), or a record with the same id already exists.
/// </summary>
/// <remarks>
/// Nothing of the refused write is stored; the caller can read the item again and retry its turn. It derives from
/// <see cref="InvalidOperationException"/>, which the SDK's own blob storage throws for the same case.
/// </remarks>
public sealed class StorageConflictException : InvalidOperationException
{
    public StorageConflictException()
        : base("The stored item was changed by another writer.")
    {
    }

    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The storage key (or record id) whose write was refused, when known.</summary>
    public string? Key { get; private init; }

    public static StorageConflictException ForKey(string key, Exception? innerException = null)
    {
        var message = $"The stored item '{key}' was changed by another writer since it was read (ETag mismatch); nothing was written.";
        return innerException is null
            ? new StorageConflictException(message) { Key = key }
            : new StorageConflictException(message, innerException) { Key = key };
    }

    public static StorageConflictException ForRecord(string id, Exception? innerException = null)
    {
        var message = $"A record with id '{id}' already exists; nothing was written.";
        return innerException is null
            ? new StorageConflictException(message) { Key = id }
            : new StorageConflictException(message, innerException) { Key = id };
    }
}
