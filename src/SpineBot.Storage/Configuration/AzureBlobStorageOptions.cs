namespace SpineBot.Storage.Configuration;

/// <summary>The <c>Storage:AzureBlob</c> configuration section.</summary>
internal sealed class AzureBlobStorageOptions
{
    /// <summary><c>Storage:AzureBlob:ConnectionString</c>: the storage account's connection string (a secret).</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>Storage:AzureBlob:Container</c>: the container's name, created if missing.</summary>
    public string? Container { get; set; }
}
