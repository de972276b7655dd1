namespace SpineBot.Conversation.Languages;

/// <summary>The language a conversation is held in, kept in ConversationState.</summary>
internal sealed class ConversationLanguage
{
    /// <summary>The content language ("en", "es"), or <c>null</c> before the first activity.</summary>
    public string? Language { get; set; }

    /// <summary>Whether the bot already switched once because of the runner's own words (it does so only once).</summary>
    public bool SwitchedByWords { get; set; }

    /// <summary>Whether the language came from an activity's locale (not the default for an activity without one).</summary>
    public bool FromLocale { get; set; }

    /// <summary>Whether the runner has sent a message yet.</summary>
    public bool RunnerSpoke { get; set; }

    /// <summary>Whether the runner asked for the language outright (the runner's words no longer switch it).</summary>
    public bool Requested { get; set; }
}
