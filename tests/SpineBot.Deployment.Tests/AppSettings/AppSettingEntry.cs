using System.Text.Json;

namespace SpineBot.Deployment.Tests.AppSettings;

/// <summary>One entry of deploymentTemplates/app-settings.json.</summary>
internal sealed record AppSettingEntry(string Name, bool Secret, string Description)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<AppSettingEntry> LoadAll(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return JsonSerializer.Deserialize<List<AppSettingEntry>>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path} does not hold a list of app settings.");
    }
}
