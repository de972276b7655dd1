namespace SpineBot.Conversation.Languages;

/// <summary>Why this turn's language differs from the last one, if it does.</summary>
internal enum LanguageSwitch
{
    /// <summary>No change (or the first activity, taken from its locale).</summary>
    None,

    /// <summary>
    /// The first locale arrived after the conversation started without one (the widget's join event follows the
    /// channel's conversationUpdate) and before the runner wrote anything: the welcome is given again in it.
    /// </summary>
    LateLocale,

    /// <summary>A message clearly in another language (once per conversation).</summary>
    ByWords,

    /// <summary>The runner asked for the language ("en español", "in English please").</summary>
    OnRequest,
}
