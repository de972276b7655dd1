using SpineBot.Conversation.Records;
using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace SpineBot.Storage.Blobs;

/// <summary>
/// A folder (blob name prefix) of JSON records, each blob carrying its creation time (and any other facts needed to
/// filter) as metadata, so that listing and purging do not download every record.
/// </summary>
internal sealed class BlobRecordFolder<T>(BlobContainer container, string prefix)
    where T : class
{
    public const string CreatedAtMetadata = "createdticks";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Stores a new record; <see cref="StorageConflictException"/> when <paramref name="blobName"/> exists.</summary>
    public Task AddAsync(string id, string blobName, T record, DateTimeOffset createdAt, IDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        var options = UploadOptions(createdAt, metadata);
        options.Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
        var content = BinaryData.FromObjectAsJson(record, JsonOptions);
        return container.RunAsync(
            id,
            async client =>
            {
                try
                {
                    await client.GetBlobClient(blobName).UploadAsync(content, options, cancellationToken);
                }
                catch (RequestFailedException exception) when (exception.Status is 409 or 412)
                {
                    throw StorageConflictException.ForRecord(id, exception);
                }
            },
            cancellationToken);
    }

    /// <summary>Replaces a record only if it is still at <paramref name="etag"/>.</summary>
    public Task ReplaceAsync(string id, string blobName, T record, ETag etag, DateTimeOffset createdAt, IDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        var options = UploadOptions(createdAt, metadata);
        options.Conditions = new BlobRequestConditions { IfMatch = etag };
        var content = BinaryData.FromObjectAsJson(record, JsonOptions);
        return container.RunAsync(
            id,
            client => client.GetBlobClient(blobName).UploadAsync(content, options, cancellationToken),
            cancellationToken);
    }

    /// <summary>The record and its ETag, or null when there is none.</summary>
    public Task<(T Record, ETag ETag)?> ReadAsync(string id, string blobName, CancellationToken cancellationToken) =>
        container.RunAsync<(T, ETag)?>(id, client => DownloadAsync(client, blobName, cancellationToken), cancellationToken);

    /// <summary>Every record whose metadata satisfies <paramref name="include"/>.</summary>
    public Task<List<T>> ListAsync(Func<IDictionary<string, string>, bool> include, CancellationToken cancellationToken) =>
        container.RunAsync(
            prefix,
            async client =>
            {
                var records = new List<T>();
                await foreach (var blob in client.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken))
                {
                    if (include(blob.Metadata) && await DownloadAsync(client, blob.Name, cancellationToken) is { } stored)
                    {
                        records.Add(stored.Record);
                    }
                }

                return records;
            },
            cancellationToken);

    /// <summary>Deletes every record that <paramref name="match"/> picks; returns the records deleted.</summary>
    public Task<List<T>> DeleteWhereAsync(Func<T, bool> match, CancellationToken cancellationToken) =>
        container.RunAsync(
            prefix,
            async client =>
            {
                var deleted = new List<T>();
                await foreach (var blob in client.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
                {
                    if (await DownloadAsync(client, blob.Name, cancellationToken) is { } stored
                        && match(stored.Record)
                        && await client.GetBlobClient(blob.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken))
                    {
                        deleted.Add(stored.Record);
                    }
                }

                return deleted;
            },
            cancellationToken);

    /// <summary>Deletes every record in the folder; returns how many were deleted.</summary>
    public Task<int> DeleteAllAsync(CancellationToken cancellationToken) =>
        container.RunAsync(
            prefix,
            async client =>
            {
                var deleted = 0;
                await foreach (var blob in client.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
                {
                    if (await client.GetBlobClient(blob.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken))
                    {
                        deleted++;
                    }
                }

                return deleted;
            },
            cancellationToken);

    /// <summary>Deletes the records created before <paramref name="cutoff"/>; returns how many were deleted.</summary>
    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        container.RunAsync(
            prefix,
            async client =>
            {
                var deleted = 0;
                await foreach (var blob in client.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken))
                {
                    if (CreatedTicks(blob.Metadata) < cutoff.UtcTicks
                        && await client.GetBlobClient(blob.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken))
                    {
                        deleted++;
                    }
                }

                return deleted;
            },
            cancellationToken);

    private static long CreatedTicks(IDictionary<string, string> metadata) =>
        metadata.TryGetValue(CreatedAtMetadata, out var value)
        && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? ticks
            : long.MaxValue;

    private static BlobUploadOptions UploadOptions(DateTimeOffset createdAt, IDictionary<string, string>? metadata)
    {
        var all = new Dictionary<string, string>(metadata ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase)
        {
            [CreatedAtMetadata] = createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
        };
        return new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Metadata = all,
        };
    }

    private static async Task<(T Record, ETag ETag)?> DownloadAsync(BlobContainerClient client, string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
            var record = response.Value.Content.ToObjectFromJson<T>(JsonOptions)
                ?? throw new JsonException($"The record '{blobName}' is empty.");
            return (record, response.Value.Details.ETag);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return null;
        }
    }
}
