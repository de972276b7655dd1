namespace SpineBot.Hosting;

/// <summary>
/// The bot's identity with Azure Bot Service: the standard <c>MicrosoftApp*</c> settings, read from
/// appsettings.json or environment variables. No app id means no authentication (local use and the Emulator).
/// </summary>
internal sealed class BotIdentityOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }
}
