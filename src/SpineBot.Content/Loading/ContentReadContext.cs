namespace SpineBot.Content.Loading;

/// <summary>What every file reader shares: the language, the problems found, and the clinic's details to fill in.</summary>
internal sealed class ContentReadContext
{
    /// <summary>The clinic placeholders every message may use.</summary>
    public static readonly IReadOnlyList<string> ClinicPlaceholders =
        ["clinicName", "clinicCity", "clinicPhone", "clinicPhoneLink", "emergencyNumber", "emergencyLink", "botName"];

    public ContentReadContext(string language)
    {
        Language = language;
    }

    public string Language { get; }

    public ContentIssues Issues { get; } = new();

    /// <summary>The clinic's details by placeholder name, once clinic.json is read.</summary>
    public IReadOnlyDictionary<string, string> ClinicValues { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The path shown in errors, e.g. "dialogs/en/causes.json".</summary>
    public string DisplayPath(string fileName) => $"dialogs/{Language}/{fileName}";
}
