using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace SpineBot.Storage.Configuration;

/// <summary>
/// Refuses a storage configuration that cannot work, at start, with a message naming the setting to fix. The
/// connection string itself is never repeated (it is a secret).
/// </summary>
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const int MaxRetentionDays = 3650;
    private const int MaxSweepMinutes = 7 * 24 * 60;
    private const int MaxBusyTimeoutMilliseconds = 600_000;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var sqlite = string.Equals(options.Provider, StorageOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase);
        if (!sqlite && !options.UsesAzureBlob)
        {
            failures.Add($"Storage:Provider must be '{StorageOptions.SqliteProvider}' or '{StorageOptions.AzureBlobProvider}' (it is '{options.Provider}').");
        }

        if (options.RetentionDays is < 1 or > MaxRetentionDays)
        {
            failures.Add($"Storage:RetentionDays must be between 1 and {MaxRetentionDays} (it is {options.RetentionDays}).");
        }

        if (options.RetentionSweepMinutes is < 1 or > MaxSweepMinutes)
        {
            failures.Add($"Storage:RetentionSweepMinutes must be between 1 and {MaxSweepMinutes} (it is {options.RetentionSweepMinutes}).");
        }

        if (sqlite && options.Sqlite.BusyTimeoutMilliseconds is < 0 or > MaxBusyTimeoutMilliseconds)
        {
            failures.Add($"Storage:Sqlite:BusyTimeoutMilliseconds must be between 0 and {MaxBusyTimeoutMilliseconds} (it is {options.Sqlite.BusyTimeoutMilliseconds}).");
        }

        if (options.UsesAzureBlob)
        {
            ValidateAzureBlob(options.AzureBlob, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAzureBlob(AzureBlobStorageOptions options, List<string> failures)
    {
        var container = options.Container;
        if (string.IsNullOrWhiteSpace(container))
        {
            failures.Add("Storage:AzureBlob:Container is required when Storage:Provider is 'AzureBlob'.");
        }
        else if (!ContainerNamePattern().IsMatch(container) || container.Contains("--", StringComparison.Ordinal))
        {
            failures.Add($"Storage:AzureBlob:Container '{container}' is not a valid container name: 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Storage:AzureBlob:ConnectionString is required when Storage:Provider is 'AzureBlob'.");
        }
        else if (!IsConnectionString(options.ConnectionString))
        {
            failures.Add("Storage:AzureBlob:ConnectionString is not a valid Azure Storage connection string.");
        }
    }

    private static bool IsConnectionString(string connectionString)
    {
        try
        {
            _ = new BlobServiceClient(connectionString);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex ContainerNamePattern();
}
