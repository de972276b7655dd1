using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;
using SpineBot.Conversation.Records;
using SpineBot.Storage.State;

namespace SpineBot.Storage.Blobs;

/// <summary>
/// Bot state (<see cref="IStorage"/>) in Azure Blob Storage, for several instances of the bot sharing one store:
/// one JSON blob per key under <c>state/</c> in the configured container (created if missing), the key encoded into a
/// valid blob name.
/// </summary>
/// <remarks>
/// <para>ETags are the blobs' own: every write of an <see cref="IStoreItem"/> gives it the new blob ETag (set on the
/// written object too, and on every item read); a write with another ETag is sent with <c>If-Match</c> and a refusal
/// (412, or the blob no longer exists) throws <see cref="StorageConflictException"/>; a null, empty or <c>"*"</c>
/// ETag overwrites. A state dictionary (what <c>ConversationState</c> stores) carries its ETag under the key
/// <c>"eTag"</c> with the same rules. Keys are written one by one, as in the SDK's blob storage.</para>
/// <para>Azure failures throw <see cref="StorageUnavailableException"/>. An item that can no longer be read is logged
/// and treated as absent, so its conversation starts afresh.</para>
/// </remarks>
public sealed partial class BlobStorage : IStorage, ISerializedStateStore
{
    private const string JsonContentType = "application/json";

    private readonly BlobContainer _container;
    private readonly ILogger _logger;

    /// <summary>Creates the store on container <paramref name="containerName"/> of the account in <paramref name="connectionString"/>.</summary>
    public BlobStorage(string connectionString, string containerName, ILogger<BlobStorage>? logger = null)
        : this(BlobContainer.Connect(connectionString, containerName), logger)
    {
    }

    internal BlobStorage(BlobContainer container, ILogger<BlobStorage>? logger)
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
        _logger = logger ?? NullLogger<BlobStorage>.Instance;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        StoreItemETags.ThrowIfBlank(keys);
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var stored = await _container.RunAsync(key, client => DownloadAsync(client, key, cancellationToken), cancellationToken);
            if (stored is not null && ReadItem(key, stored.Value.Json) is { } item)
            {
                StoreItemETags.Assign(item, stored.Value.ETag);
                items[key] = item;
            }
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, change) in changes)
        {
            StoreItemETags.ThrowIfBlank(key);
            var (value, json) = SerializedState.ForWrite(key, change);
            var expected = StoreItemETags.Expected(value);
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = JsonContentType },
                Conditions = expected is not null
                    ? new BlobRequestConditions { IfMatch = new ETag(expected) }
                    : StoreItemETags.MustBeNew(value) ? new BlobRequestConditions { IfNoneMatch = ETag.All } : null,
            };
            var newETag = await _container.RunAsync(
                key,
                async client =>
                {
                    try
                    {
                        var response = await client.GetBlobClient(BlobNames.State(key))
                            .UploadAsync(BinaryData.FromString(json), options, cancellationToken);
                        return response.Value.ETag.ToString();
                    }
                    catch (RequestFailedException exception)
                        when ((expected is not null && exception.ErrorCode == BlobErrorCode.BlobNotFound)
                            || exception.ErrorCode == BlobErrorCode.BlobAlreadyExists)
                    {
                        throw StorageConflictException.ForKey(key, exception);
                    }
                },
                cancellationToken);
            StoreItemETags.Assign(value, newETag);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        StoreItemETags.ThrowIfBlank(keys);
        foreach (var key in keys)
        {
            await _container.RunAsync(
                key,
                client => client.GetBlobClient(BlobNames.State(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken),
                cancellationToken);
        }
    }

    private static async Task<(string Json, string ETag)?> DownloadAsync(BlobContainerClient client, string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetBlobClient(BlobNames.State(key)).DownloadContentAsync(cancellationToken);
            return (response.Value.Content.ToString(), response.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return null;
        }
    }

    private object? ReadItem(string key, string json)
    {
        try
        {
            return StateJson.Deserialize(json);
        }
        catch (JsonException exception)
        {
            LogUnreadableItem(_logger, key, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored bot state under key {Key} could not be read and is treated as absent")]
    private static partial void LogUnreadableItem(ILogger logger, string key, Exception exception);
}
