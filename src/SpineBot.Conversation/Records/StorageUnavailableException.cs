namespace SpineBot.Conversation.Records;

/// <summary>
/// Thrown when the store cannot be reached or cannot complete an operation: the database file cannot be opened or
/// written, the Azure Storage account does not answer, or it answered with an error.
/// </summary>
/// <remarks>
/// The inner exception carries the backend's own error (a <c>SqliteException</c> or an Azure
/// <c>RequestFailedException</c>). Nothing in the message comes from what a runner typed.
/// </remarks>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
        : base("The store is unavailable.")
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
