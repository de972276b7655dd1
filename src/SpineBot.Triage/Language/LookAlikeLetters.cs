namespace SpineBot.Triage.Language;

/// <summary>
/// Cyrillic and Greek letters that look like Latin ones ("а" for "a"), so a message typed on another keyboard, or
/// written to slip past a word list, reads as what it shows.
/// </summary>
internal static class LookAlikeLetters
{
    private static readonly Dictionary<char, char> Latin = Build();

    public static char ToLatin(char c) => c < '\u0131' ? c : Latin.GetValueOrDefault(c, c);

    private static Dictionary<char, char> Build()
    {
        // Pairs of (look-alike, Latin): Cyrillic lower and upper case, then Greek, then a few Latin-extended letters.
        const string pairs =
            "аaеeоoрpсcуyхxіiјjѕsԁdһhӏlԛqԝwёeїi" +
            "АAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅSԚQԜW" +
            "αaοoρpεeιiκkνvτtυuχxβbγyηnωw" +
            "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX" +
            "ıiɡgɑaɩi";
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
