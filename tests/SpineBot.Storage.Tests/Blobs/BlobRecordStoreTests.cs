using Microsoft.Extensions.Logging.Abstractions;
using SpineBot.Storage.Blobs;
using SpineBot.Storage.Tests.Azurite;
using SpineBot.Storage.Tests.Contracts;

namespace SpineBot.Storage.Tests.Blobs;

/// <summary>The records contract against Azure Blob Storage (Azurite).</summary>
[Collection(AzuriteTests.Name)]
[NeedsAzurite]
public sealed class BlobRecordStoreTests(AzuriteFixture azurite) : RecordStoreContractTests
{
    private readonly string _container = AzuriteFixture.NewContainerName();

    private protected override StorageBackend CreateBackend() => StorageBackend.ForAzureBlob(
        BlobContainer.Connect(azurite.ConnectionString, _container),
        NullLoggerFactory.Instance);
}
