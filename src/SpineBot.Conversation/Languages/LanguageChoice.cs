using SpineBot.Triage.Languages;

namespace SpineBot.Conversation.Languages;

/// <summary>
/// Chooses the conversation's language for one activity: an explicit request ("en español", "in English please")
/// switches at once; the first activity takes its <c>locale</c> (es-* is Spanish; Web Chat and Teams send it); after
/// that, a message clearly in the other language switches once, if it has at least three words ("ok", "yes",
/// "chest pain" keep the language: Los Angeles runners mix in English words).
/// </summary>
internal static class LanguageChoice
{
    /// <summary>The language for this activity and why it changed, updating <paramref name="remembered"/>.</summary>
    public static LanguageSwitch Choose(ConversationLanguage remembered, string? locale, string? text, Func<string, bool> isAvailable, string defaultLanguage = "en")
    {
        ArgumentNullException.ThrowIfNull(remembered);
        ArgumentNullException.ThrowIfNull(isAvailable);
        var guess = text is null ? LanguageGuess.Nothing : MessageLanguage.Detect(text);
        var requested = Code(guess.Requested) ?? OneWordRequest(text);
        var fromLocale = FromLocale(locale, isAvailable);
        if (remembered.Language is null)
        {
            remembered.Language = fromLocale ?? defaultLanguage;
            remembered.FromLocale = fromLocale is not null;
        }
        else if (fromLocale is not null && !remembered.FromLocale && !remembered.Requested && !remembered.RunnerSpoke)
        {
            var changed = fromLocale != remembered.Language;
            remembered.Language = fromLocale;
            remembered.FromLocale = true;
            if (changed && text is null)
            {
                return LanguageSwitch.LateLocale;
            }
        }

        remembered.RunnerSpoke |= text is not null;

        if (requested is not null && isAvailable(requested))
        {
            var changed = requested != remembered.Language;
            remembered.Language = requested;
            remembered.Requested = true;
            return changed ? LanguageSwitch.OnRequest : LanguageSwitch.None;
        }

        var written = Code(guess.Language);
        if (written is not null && written != remembered.Language && !guess.IsMixed && !remembered.SwitchedByWords
            && WordCount(text) >= MinimumWordsToSwitch
            && !remembered.Requested && isAvailable(written))
        {
            remembered.Language = written;
            remembered.SwitchedByWords = true;
            return LanguageSwitch.ByWords;
        }

        return LanguageSwitch.None;
    }

    private const int MinimumWordsToSwitch = 3;

    private static int WordCount(string? text) =>
        text is null ? 0 : text.AsSpan(0, Math.Min(text.Length, 200)).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>"es-US", "es" → "es"; "en-US" → "en"; other or no locale → <c>null</c>.</summary>
    public static string? FromLocale(string? locale, Func<string, bool> isAvailable)
    {
        ArgumentNullException.ThrowIfNull(isAvailable);
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var language = locale.Trim().Split('-', '_')[0].ToLowerInvariant();
        return isAvailable(language) ? language : null;
    }

    private static string? Code(ChatLanguage language) => language switch
    {
        ChatLanguage.Spanish => "es",
        ChatLanguage.English => "en",
        _ => null,
    };

    /// <summary>The one-word switches the bot itself offers: "español", "spanish", "english", "inglés".</summary>
    private static string? OneWordRequest(string? text) => text?.Trim().Trim('.', '!', '"', '\'', '¡').ToLowerInvariant() switch
    {
        "español" or "espanol" or "spanish" => "es",
        "english" or "inglés" or "ingles" => "en",
        _ => null,
    };
}
