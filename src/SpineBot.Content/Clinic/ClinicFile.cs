using SpineBot.Content.Loading;

namespace SpineBot.Content.Clinic;

/// <summary>Reads clinic.json and makes its details available to every message as placeholders.</summary>
internal static class ClinicFile
{
    public const string Name = "clinic.json";

    public static ClinicDetails Read(ClinicJson json, ContentEntry root)
    {
        var details = new ClinicDetails
        {
            Name = root.Word(json.Name, "name"),
            City = root.Word(json.City, "city"),
            Phone = root.Word(json.Phone, "phone"),
            PhoneLink = root.Word(json.PhoneLink, "phoneLink"),
            EmergencyNumber = root.Word(json.EmergencyNumber, "emergencyNumber"),
            EmergencyLink = root.Word(json.EmergencyLink, "emergencyLink"),
            BotName = root.Word(json.BotName, "botName"),
            ArticleTitle = root.Word(json.ArticleTitle, "articleTitle"),
            Address = ContentEntry.Optional(json.Address),
            Hours = ContentEntry.Optional(json.Hours),
            Insurance = ContentEntry.Optional(json.Insurance),
        };
        if (details.PhoneLink.Length > 0 && !details.PhoneLink.StartsWith("tel:", StringComparison.Ordinal))
        {
            root.Problem("field 'phoneLink' must start with 'tel:'");
        }

        if (details.EmergencyLink.Length > 0 && !details.EmergencyLink.StartsWith("tel:", StringComparison.Ordinal))
        {
            root.Problem("field 'emergencyLink' must start with 'tel:'");
        }

        root.Context.ClinicValues = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["clinicName"] = details.Name,
            ["clinicCity"] = details.City,
            ["clinicPhone"] = details.Phone,
            ["clinicPhoneLink"] = details.PhoneLink,
            ["emergencyNumber"] = details.EmergencyNumber,
            ["emergencyLink"] = details.EmergencyLink,
            ["botName"] = details.BotName,
        };
        return details;
    }
}
