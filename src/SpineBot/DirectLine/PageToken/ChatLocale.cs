using System.Text.RegularExpressions;

namespace SpineBot.DirectLine.PageToken;

/// <summary>
/// The locale a chat page sends with its token request ("es-US"): kept when it is a plain language tag, ignored
/// otherwise (never an error: the chat then starts in the bot's default language).
/// </summary>
internal static partial class ChatLocale
{
    public static string? From(string? requested) =>
        requested is { Length: > 0 and <= 35 } && LanguageTag().IsMatch(requested) ? requested : null;

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$", RegexOptions.CultureInvariant, 50)]
    private static partial Regex LanguageTag();
}
