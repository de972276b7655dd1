namespace SpineBot.Content.Clinic;

/// <summary>The clinic's details (dialogs/&lt;language&gt;/clinic.json).</summary>
public sealed record ClinicDetails
{
    /// <summary>"The Spine Institute".</summary>
    public required string Name { get; init; }

    /// <summary>"Santa Monica".</summary>
    public required string City { get; init; }

    /// <summary>The phone number as shown: "310-828-7757".</summary>
    public required string Phone { get; init; }

    /// <summary>The phone number as a link: "tel:+13108287757".</summary>
    public required string PhoneLink { get; init; }

    /// <summary>"911".</summary>
    public required string EmergencyNumber { get; init; }

    /// <summary>"tel:911".</summary>
    public required string EmergencyLink { get; init; }

    /// <summary>The bot's name.</summary>
    public required string BotName { get; init; }

    /// <summary>The title of the clinic's article the bot's advice comes from.</summary>
    public required string ArticleTitle { get; init; }

    /// <summary>The clinic's address, or <c>null</c> until the clinic has filled it in.</summary>
    public string? Address { get; init; }

    /// <summary>The clinic's opening hours as said in a sentence ("Monday to Friday, 8 am to 5 pm"), or <c>null</c>.</summary>
    public string? Hours { get; init; }

    /// <summary>What the clinic says about insurance, or <c>null</c>.</summary>
    public string? Insurance { get; init; }
}
