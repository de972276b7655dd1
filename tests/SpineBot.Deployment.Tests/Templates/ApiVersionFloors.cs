namespace SpineBot.Deployment.Tests.Templates;

/// <summary>
/// The oldest API version the templates may use, per resource type.
/// </summary>
/// <remarks>
/// Cutoff: the newest generally available version Azure had published for each type in November 2026
/// (Azure template reference, "allversions" and change-log pages). Older versions lack properties the
/// templates rely on (msaAppType/msaAppMSIResourceId on Azure Bot, WorkspaceResourceId on Application
/// Insights, allowBlobPublicAccess/minimumTlsVersion on storage) or are on their way to retirement;
/// preview versions are refused because they change without notice. Two floors are older than the rest
/// because no newer GA version exists: Azure Bot (2022-09-15; 2023-09-15-preview is a preview) and
/// Application Insights components (2020-02-02). A new resource type must be added here with its own
/// justified floor before the tests accept it.
/// </remarks>
internal static class ApiVersionFloors
{
    public static IReadOnlyDictionary<string, DateOnly> ByResourceType { get; } =
        new Dictionary<string, DateOnly>(StringComparer.OrdinalIgnoreCase)
        {
            ["Microsoft.Web/serverfarms"] = new(2024, 11, 1),
            ["Microsoft.Web/sites"] = new(2024, 11, 1),
            ["Microsoft.BotService/botServices"] = new(2022, 9, 15),
            ["Microsoft.BotService/botServices/channels"] = new(2022, 9, 15),
            ["Microsoft.Storage/storageAccounts"] = new(2025, 6, 1),
            ["Microsoft.Storage/storageAccounts/blobServices"] = new(2025, 6, 1),
            ["Microsoft.Storage/storageAccounts/blobServices/containers"] = new(2025, 6, 1),
            ["Microsoft.Insights/components"] = new(2020, 2, 2),
            ["Microsoft.OperationalInsights/workspaces"] = new(2025, 2, 1),
            ["Microsoft.ManagedIdentity/userAssignedIdentities"] = new(2024, 11, 30),
        };

    /// <summary>Parses "yyyy-MM-dd"; null for anything else, including preview versions.</summary>
    public static DateOnly? GenerallyAvailableDate(string apiVersion) =>
        DateOnly.TryParseExact(apiVersion, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;
}
