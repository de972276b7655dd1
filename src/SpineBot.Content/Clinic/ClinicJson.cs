using System.ComponentModel;
using SpineBot.Content.Loading;

namespace SpineBot.Content.Clinic;

/// <summary>clinic.json: the clinic's details, usable in every message as placeholders.</summary>
[Description("clinic.json: the clinic's details, usable in every message as placeholders.")]
internal sealed record ClinicJson : ContentFileJson
{
    [Description("The clinic's name ({clinicName}).")]
    public string? Name { get; init; }

    [Description("{clinicCity}.")]
    public string? City { get; init; }

    [Description("The phone number as shown ({clinicPhone}).")]
    public string? Phone { get; init; }

    [Description("The phone number as a tel: link ({clinicPhoneLink}).")]
    public string? PhoneLink { get; init; }

    [Description("{emergencyNumber}, e.g. 911.")]
    public string? EmergencyNumber { get; init; }

    [Description("The emergency number as a tel: link ({emergencyLink}).")]
    public string? EmergencyLink { get; init; }

    [Description("{botName}.")]
    public string? BotName { get; init; }

    [Description("The title of the clinic's article the bot explains.")]
    public string? ArticleTitle { get; init; }

    [Description("The clinic's address, or null until the clinic confirms it.")]
    [MayBeNull]
    public string? Address { get; init; }

    [Description("Opening hours, or null until confirmed.")]
    [MayBeNull]
    public string? Hours { get; init; }

    [Description("Insurance accepted, or null until confirmed.")]
    [MayBeNull]
    public string? Insurance { get; init; }
}
