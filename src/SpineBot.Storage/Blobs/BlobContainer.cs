using Azure;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SpineBot.Conversation.Records;

namespace SpineBot.Storage.Blobs;

/// <summary>
/// The blob container that holds bot state and the clinic's records: created on first use (and again if it was
/// deleted), with Azure failures turned into <see cref="StorageConflictException"/> (412, or a blob that already
/// exists) and <see cref="StorageUnavailableException"/> (anything else, including no answer at all).
/// </summary>
internal sealed class BlobContainer
{
    private volatile bool _created;

    public BlobContainer(BlobContainerClient client)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
    }

    public BlobContainerClient Client { get; }

    /// <summary>
    /// A container client that fails fast when Azure Storage does not answer (two quick retries, ten-second network
    /// timeout) so that a turn gets a clear error within the channel's time limit.
    /// </summary>
    public static BlobContainer Connect(string connectionString, string containerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(containerName);
        var options = new BlobClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return new BlobContainer(new BlobContainerClient(connectionString, containerName, options));
    }

    /// <summary>Runs <paramref name="work"/> against the container; <paramref name="key"/> names the item in errors.</summary>
    public async Task<T> RunAsync<T>(string key, Func<BlobContainerClient, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await EnsureCreatedAsync(cancellationToken);
            try
            {
                return await work(Client);
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                _created = false;
                await EnsureCreatedAsync(cancellationToken);
                return await work(Client);
            }
        }
        catch (RequestFailedException exception) when (IsConflict(exception))
        {
            throw StorageConflictException.ForKey(key, exception);
        }
        catch (RequestFailedException exception)
        {
            throw Unavailable(exception, $" (HTTP {exception.Status} {exception.ErrorCode})");
        }
        catch (AggregateException exception)
        {
            throw Unavailable(exception, " (no answer after retries)");
        }
        catch (HttpRequestException exception)
        {
            throw Unavailable(exception, " (no answer)");
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable(exception, " (timed out)");
        }
    }

    public Task RunAsync(string key, Func<BlobContainerClient, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync<bool>(
            key,
            async client =>
            {
                await work(client);
                return true;
            },
            cancellationToken);
    }

    private static bool IsConflict(RequestFailedException exception) =>
        exception.Status == 412
        || exception.ErrorCode == BlobErrorCode.BlobAlreadyExists
        || exception.ErrorCode == BlobErrorCode.ConditionNotMet;

    private StorageUnavailableException Unavailable(Exception exception, string detail) =>
        new($"The Azure blob container '{Client.Name}' could not complete the operation{detail}.", exception);

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await Client.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _created = true;
    }
}
