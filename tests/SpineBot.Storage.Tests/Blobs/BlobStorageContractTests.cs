using Microsoft.Bot.Builder;
using SpineBot.Storage.Blobs;
using SpineBot.Storage.Tests.Azurite;
using SpineBot.Storage.Tests.Contracts;

namespace SpineBot.Storage.Tests.Blobs;

/// <summary>The storage contract against Azure Blob Storage (Azurite).</summary>
[Collection(AzuriteTests.Name)]
[NeedsAzurite]
public sealed class BlobStorageContractTests(AzuriteFixture azurite) : StorageContractTests
{
    private readonly string _container = AzuriteFixture.NewContainerName();

    protected override IStorage CreateStorage() => new BlobStorage(azurite.ConnectionString, _container);

    protected override IStorage ReopenStorage() => new BlobStorage(azurite.ConnectionString, _container);

    protected override async Task WriteRawAsync(string key, string json)
    {
        var container = azurite.ContainerClient(_container);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(BlobNames.State(key)).UploadAsync(BinaryData.FromString(json), overwrite: true);
    }
}
