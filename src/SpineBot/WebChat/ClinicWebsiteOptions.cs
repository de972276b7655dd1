namespace SpineBot.WebChat;

/// <summary>
/// Settings of the clinic's pages and the embeddable chat (configuration section <c>ClinicWebsite</c>).
/// </summary>
internal sealed class ClinicWebsiteOptions
{
    public const string SectionName = "ClinicWebsite";

    /// <summary>
    /// Origins of other sites that may show the chat (<c>/widget</c>) in a frame through <c>/embed.js</c>, for example
    /// <c>https://www.example.com</c> or <c>https://*.example.com</c>. The bot's own pages always may.
    /// </summary>
    public string[] WidgetFrameAncestors { get; set; } = [];
}
