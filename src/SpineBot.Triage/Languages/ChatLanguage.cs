namespace SpineBot.Triage.Languages;

/// <summary>The language a runner writes in, as far as one short message shows it.</summary>
public enum ChatLanguage
{
    /// <summary>The message does not show a language ("ok", "no", "7", or as much English as Spanish).</summary>
    Undecided = 0,

    /// <summary>The message is in English.</summary>
    English = 1,

    /// <summary>The message is in Spanish.</summary>
    Spanish = 2,
}
