namespace SpineBot.Triage.Languages;

/// <summary>
/// What one message says about the runner's language: the language it is written in, and whether the runner asked
/// for a language outright ("en español", "in English please").
/// </summary>
/// <param name="Language">The language the message is written in, or <see cref="ChatLanguage.Undecided"/>.</param>
/// <param name="Requested">The language the runner asked for, or <see cref="ChatLanguage.Undecided"/> when none.</param>
/// <param name="SpanishScore">The weight of the Spanish evidence (words, accents, ¿ ¡).</param>
/// <param name="EnglishScore">The weight of the English evidence (words, contractions).</param>
public sealed record LanguageGuess(ChatLanguage Language, ChatLanguage Requested, double SpanishScore, double EnglishScore)
{
    /// <summary>A message that shows nothing (empty, a number, "ok").</summary>
    public static LanguageGuess Nothing { get; } = new(ChatLanguage.Undecided, ChatLanguage.Undecided, 0, 0);

    /// <summary>The message holds clear words of both languages ("my back duele mucho").</summary>
    public bool IsMixed => SpanishScore >= 1 && EnglishScore >= 1;

    /// <summary>The language to switch to: the one asked for, else the one written in.</summary>
    public ChatLanguage Preferred => Requested != ChatLanguage.Undecided ? Requested : Language;
}
