namespace SpineBot.DirectLine;

/// <summary>
/// How the website's chat connects (configuration section <c>DirectLine</c>). Without a <see cref="Secret"/> the bot
/// serves Direct Line itself (embedded, in memory, one instance); with one, tokens come from Azure Direct Line.
/// </summary>
internal sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    public const string DefaultEndpoint = "https://directline.botframework.com";

    /// <summary>The Azure Direct Line channel secret; never sent to the browser. Empty: embedded Direct Line.</summary>
    public string? Secret { get; set; }

    /// <summary>The Azure Direct Line service (a regional one, for example), used only with <see cref="Secret"/>.</summary>
    public string Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>How long an embedded token is valid; Web Chat refreshes it every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many of a conversation's latest activities are kept for clients to read.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>How long an embedded conversation nobody uses stays in memory.</summary>
    public TimeSpan IdleConversationLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many chat tokens one client address may ask for per minute.</summary>
    public int TokenRequestsPerMinute { get; set; } = 10;

    /// <summary>How many token refreshes one conversation may make per minute (Web Chat makes one per 15 minutes).</summary>
    public int RefreshesPerMinute { get; set; } = 3;

    /// <summary>How many reconnects (each a new stream ticket) one conversation may make per minute.</summary>
    public int ReconnectsPerMinute { get; set; } = 10;

    /// <summary>How many refreshes and reconnects together one client address may make per minute.</summary>
    public int ClientRequestsPerMinute { get; set; } = 30;

    /// <summary>
    /// How many characters of activity JSON all embedded conversations together may hold. When a new activity would
    /// pass it, the conversations idle longest are dropped first; if that is not enough, the activity gets 429.
    /// </summary>
    public long MaxTotalLogChars { get; set; } = 64L * 1024 * 1024;

    /// <summary>True when tokens come from Azure Direct Line rather than this bot.</summary>
    public bool UsesAzure => !string.IsNullOrWhiteSpace(Secret);
}
