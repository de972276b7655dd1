namespace SpineBot.Dialogs.Choices;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>Don't show the choices; only the prompt text is sent.</summary>
    None,

    /// <summary>Pick the best style for the channel and the number of choices.</summary>
    Auto,

    /// <summary>Choices in the text on one line: "(1) Red, (2) Green, or (3) Blue".</summary>
    Inline,

    /// <summary>Choices as a numbered list below the text.</summary>
    List,

    /// <summary>Choices as suggested-action buttons that disappear once one is tapped.</summary>
    SuggestedAction,

    /// <summary>Choices as imBack buttons on a hero card.</summary>
    HeroCard,
}
