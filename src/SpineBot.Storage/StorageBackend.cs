using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using SpineBot.Conversation.Records;
using SpineBot.Storage.Blobs;
using SpineBot.Storage.Configuration;
using SpineBot.Storage.Health;
using SpineBot.Storage.Sqlite;
using SpineBot.Storage.Transcripts;

namespace SpineBot.Storage;

/// <summary>The stores of the configured backend, which share one database file or one blob container.</summary>
internal sealed record StorageBackend(
    IStorage State,
    ICallbackRequestStore CallbackRequests,
    IFeedbackStore Feedback,
    ITranscriptArchive Transcripts,
    IStorageHealth Health)
{
    public static StorageBackend Create(StorageOptions options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        return options.UsesAzureBlob
            ? ForAzureBlob(BlobContainer.Connect(options.AzureBlob.ConnectionString!, options.AzureBlob.Container!), loggerFactory)
            : ForSqlite(
                new SqliteDatabase(options.Sqlite.Path!, TimeSpan.FromMilliseconds(options.Sqlite.BusyTimeoutMilliseconds)),
                loggerFactory);
    }

    public static StorageBackend ForSqlite(SqliteDatabase database, ILoggerFactory loggerFactory) => new(
        new SqliteStorage(database, loggerFactory.CreateLogger<SqliteStorage>()),
        new SqliteCallbackRequestStore(database),
        new SqliteFeedbackStore(database),
        new SqliteTranscriptArchive(database),
        new SqliteStorageHealth(database));

    public static StorageBackend ForAzureBlob(BlobContainer container, ILoggerFactory loggerFactory) => new(
        new BlobStorage(container, loggerFactory.CreateLogger<BlobStorage>()),
        new BlobCallbackRequestStore(container),
        new BlobFeedbackStore(container),
        new BlobTranscriptArchive(container),
        new BlobStorageHealth(container));
}
