using SpineBot.Conversation.Records;
using SpineBot.Storage.Health;

namespace SpineBot.Storage.Blobs;

/// <summary>Healthy when the blob container answers (it is created first if missing).</summary>
internal sealed class BlobStorageHealth(BlobContainer container) : IStorageHealth
{
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await container.RunAsync(
                "(health probe)",
                client => client.GetPropertiesAsync(cancellationToken: cancellationToken),
                cancellationToken);
            return true;
        }
        catch (StorageUnavailableException)
        {
            return false;
        }
    }
}
