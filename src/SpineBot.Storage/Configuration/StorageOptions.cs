namespace SpineBot.Storage.Configuration;

/// <summary>The <c>Storage</c> configuration section.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string SqliteProvider = "Sqlite";
    public const string AzureBlobProvider = "AzureBlob";

    /// <summary><c>Storage:Provider</c>: "Sqlite" (default) or "AzureBlob".</summary>
    public string Provider { get; set; } = SqliteProvider;

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public AzureBlobStorageOptions AzureBlob { get; set; } = new();

    /// <summary><c>Storage:RetentionDays</c>: call-back requests, feedback and transcripts older than this are deleted.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary><c>Storage:RetentionSweepMinutes</c>: how often old records are looked for.</summary>
    public int RetentionSweepMinutes { get; set; } = 60;

    public bool UsesAzureBlob => string.Equals(Provider, AzureBlobProvider, StringComparison.OrdinalIgnoreCase);
}
