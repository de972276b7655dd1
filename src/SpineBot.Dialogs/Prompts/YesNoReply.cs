namespace SpineBot.Dialogs.Prompts;

/// <summary>
/// Reads yes or no from a reply ("yeah", "sure", "y", "nope", "not really", "n", "I don't think so").
/// Unsure replies ("not sure", "maybe", "dunno") and replies with both a yes and a no are not read. A negation
/// right before or after a yes-word reads as no ("not ok", "it does not"), so "not sure" is never a yes.
/// </summary>
internal static class YesNoReply
{
    private enum Kind
    {
        Unsure,
        No,
        Yes,
    }

    private static readonly (string[] Words, Kind Kind)[] Phrases = Build(
        (Kind.Unsure, ["not sure", "not really sure", "not certain", "not too sure", "unsure", "dont know", "do not know",
            "dunno", "idk", "no idea", "maybe", "perhaps", "possibly", "kind of", "sort of", "kinda", "sorta", "i guess",
            "not sure yet", "hard to say", "could be", "might be"]),
        (Kind.No, ["no", "nope", "nah", "naw", "n", "never", "negative", "not really", "not at all", "no way",
            "of course not", "i dont think so", "dont think so", "i do not think so", "no thanks", "no thank you",
            "not", "dont", "doesnt", "isnt", "didnt", "havent", "hasnt", "wasnt", "cant", "wont", "do not", "does not",
            "did not", "have not", "none", "nothing", "false", "incorrect"]),
        (Kind.Yes, ["yes", "yeah", "yep", "yup", "yea", "ya", "yah", "yess", "y", "sure", "ok", "okay", "k",
            "absolutely", "definitely", "certainly", "correct", "right", "affirmative", "true", "indeed", "aye",
            "totally", "exactly", "of course", "i think so", "no problem", "yes please", "i do", "it does", "it is",
            "i have", "i am", "uh huh", "sure thing", "for sure", "why not"]));

    private static readonly HashSet<string> TrailingNegators = new(StringComparer.Ordinal) { "not", "nt" };

    /// <summary><c>true</c> for yes, <c>false</c> for no, <c>null</c> when the reply is neither, unsure, or both.</summary>
    public static bool? Read(string? text)
    {
        var words = Choices.WordTokens.Split(text);
        bool sawYes = false, sawNo = false, sawUnsure = false;
        var i = 0;
        while (i < words.Count)
        {
            var match = LongestAt(words, i);
            if (match is null)
            {
                i++;
                continue;
            }

            var (length, kind) = match.Value;
            i += length;
            if (kind == Kind.Yes && i < words.Count && TrailingNegators.Contains(words[i]))
            {
                kind = Kind.No;
                i++;
            }
            else if (kind == Kind.No && length == 1 && i < words.Count && LongestAt(words, i) is { Kind: Kind.Yes } next)
            {
                i += next.Length;
            }

            sawUnsure |= kind == Kind.Unsure;
            sawNo |= kind == Kind.No;
            sawYes |= kind == Kind.Yes;
        }

        return sawUnsure || sawYes == sawNo ? null : sawYes;
    }

    private static (int Length, Kind Kind)? LongestAt(IReadOnlyList<string> words, int start)
    {
        (int Length, Kind Kind)? best = null;
        foreach (var (phrase, kind) in Phrases)
        {
            if ((best is null || phrase.Length > best.Value.Length) && Matches(words, start, phrase))
            {
                best = (phrase.Length, kind);
            }
        }

        return best;
    }

    private static bool Matches(IReadOnlyList<string> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(words[start + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static (string[] Words, Kind Kind)[] Build(params (Kind Kind, string[] Phrases)[] groups)
        => [.. groups.SelectMany(g => g.Phrases.Select(p => (p.Split(' '), g.Kind)))];
}
