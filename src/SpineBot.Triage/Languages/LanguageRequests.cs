using System.Text.RegularExpressions;

namespace SpineBot.Triage.Languages;

/// <summary>
/// A runner asking for a language outright: "en español", "habla español?", "in English please", "no hablo inglés".
/// Matched on lower-case text with the accents folded away ("español" reads "espanol").
/// </summary>
internal static partial class LanguageRequests
{
    public static ChatLanguage Find(string folded)
    {
        // Saying which language one does NOT speak is the strongest request of the other one; check it first.
        if (NotEnglish().IsMatch(folded))
        {
            return ChatLanguage.Spanish;
        }

        if (NotSpanish().IsMatch(folded))
        {
            return ChatLanguage.English;
        }

        var spanish = AskSpanish().IsMatch(folded);
        var english = AskEnglish().IsMatch(folded);
        return (spanish, english) switch
        {
            (true, false) => ChatLanguage.Spanish,
            (false, true) => ChatLanguage.English,
            _ => ChatLanguage.Undecided,
        };
    }

    private const string Speak = @"(?:hablas?|hablan|hable|hablo|hablar|habla usted|speak|speaks|talk|write|escribe|escribir|escribeme)";
    private const string RequestEnd = @"(?:\s*(?:please|pls|plz|por favor|porfa|instead|now|ahora|mejor|then|entonces)\b|\s*[?!.,]*$)";
    private const string Switch = @"(?:switch|change|go|cambia|cambiar|cambie|cambiale|pasa|pasate)(?: (?:it|back|de nuevo|otra vez))?";

    [GeneratedRegex(@"\b(?:no|ni) (?:hablo|entiendo|leo|se) (?:bien |mucho |el )?(?:ingles|english)\b|\b(?:i )?(?:don'?t|do not|can'?t|cannot) (?:speak|read|understand) english\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotEnglish();

    [GeneratedRegex(@"\b(?:i )?(?:don'?t|do not|can'?t|cannot) (?:speak|read|understand) spanish\b|\bno (?:hablo|entiendo|leo|se) (?:bien |mucho |el )?(?:espanol|spanish)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotSpanish();

    [GeneratedRegex(@"\b(?:en|in) (?:espanol|spanish|castellano)" + RequestEnd + @"|\b" + Speak + @"(?: (?:usted|tu|you|en|in|el))* (?:espanol|spanish|castellano)\b|\b(?:espanol|spanish),? (?:please|pls|por favor|porfa)\b|^[¿¡]?(?:espanol|spanish)\s*[?!.]*$|\b" + Switch + @" (?:to|a|al) (?:espanol|spanish)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AskSpanish();

    [GeneratedRegex(@"\b(?:en|in) (?:ingles|english)" + RequestEnd + @"|\b" + Speak + @"(?: (?:usted|tu|you|en|in|el))* (?:ingles|english)\b|\b(?:ingles|english),? (?:please|pls|por favor|porfa)\b|^[¿¡]?(?:ingles|english)\s*[?!.]*$|\b" + Switch + @" (?:to|a|al) (?:ingles|english)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AskEnglish();
}
