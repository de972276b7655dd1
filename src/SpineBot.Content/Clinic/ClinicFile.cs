using SpineBot.Content.Loading;

namespace SpineBot.Content.Clinic;

/// <summary>Reads clinic.json and makes its details available to every message as placeholders.</summary>
internal static class ClinicFile
{
    public const string Name = "clinic.json";

    public static ClinicDetails Read(JsonSection root)
    {
        var details = new ClinicDetails
        {
            Name = root.Word("name"),
            City = root.Word("city"),
            Phone = root.Word("phone"),
            PhoneLink = root.Word("phoneLink"),
            EmergencyNumber = root.Word("emergencyNumber"),
            EmergencyLink = root.Word("emergencyLink"),
            BotName = root.Word("botName"),
            ArticleTitle = root.Word("articleTitle"),
            Address = root.OptionalWord("address"),
            Hours = root.OptionalWord("hours"),
            Insurance = root.OptionalWord("insurance"),
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
