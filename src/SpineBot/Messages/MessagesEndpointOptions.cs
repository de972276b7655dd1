namespace SpineBot.Messages;

/// <summary>
/// Limits of the <c>/api/messages</c> endpoint (configuration section <c>Messages</c>).
/// </summary>
internal sealed class MessagesEndpointOptions
{
    public const string SectionName = "Messages";

    /// <summary>The largest activity accepted, in bytes; larger bodies get 413.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Without a MicrosoftAppId, the service URLs (besides loopback ones) the bot may send replies to, each an
    /// absolute URL that a service URL must start with (same scheme, host and port).
    /// </summary>
    public IList<string> AllowedServiceUrls { get; } = [];
}
