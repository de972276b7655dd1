using System.Text.RegularExpressions;

namespace SpineBot.Storage.Transcripts;

/// <summary>
/// Finds and blanks out what identifies a runner in a line of text: phone numbers ("[phone]"), e-mail addresses
/// ("[email]") and names ("[name]"), both names already known and names the text itself gives ("my name is Sarah",
/// "this is Dan", "I'm Maria Lopez").
/// </summary>
internal static partial class PersonalDetails
{
    public const string PhonePlaceholder = "[phone]";
    public const string EmailPlaceholder = "[email]";
    public const string NamePlaceholder = "[name]";

    private const int MaxWordsInAnswerToNameQuestion = 4;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Words that end a name found after "I'm", "this is"... ("I'm Dan and my back hurts").</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "or", "so", "i", "im", "me", "my", "from", "here", "there", "not", "in", "on",
        "at", "to", "of", "with", "just", "still", "very", "really", "quite", "also", "having", "feeling", "getting",
        "running", "sore", "fine", "ok", "okay", "good", "great", "well", "sorry", "hurting", "hi", "hello", "hey",
        "it", "its", "is", "this", "that", "name", "call", "by", "yes", "no", "thanks", "thank", "you",
    };

    /// <summary>Blanks out e-mail addresses, phone numbers and every one of <paramref name="knownNames"/>.</summary>
    public static string Redact(string text, IReadOnlyCollection<string> knownNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(knownNames);
        var redacted = EmailPattern().Replace(text, EmailPlaceholder);
        redacted = PhonePattern().Replace(redacted, PhonePlaceholder);
        if (knownNames.Count == 0)
        {
            return redacted;
        }

        var alternatives = knownNames
            .Where(name => name.Length > 1)
            .OrderByDescending(name => name.Length)
            .Select(Regex.Escape);
        var names = new Regex(
            $@"(?<![\p{{L}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            MatchTimeout);
        return names.Replace(redacted, NamePlaceholder);
    }

    /// <summary>The names <paramref name="text"/> gives for its writer, each as a whole and word by word.</summary>
    public static IEnumerable<string> NamesGivenIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in AnyCaseNameAfterIntroduction().Matches(text))
        {
            foreach (var name in NameAndWords(match.Groups["name"].Value))
            {
                yield return name;
            }
        }

        foreach (Match match in CapitalisedNameAfterIntroduction().Matches(text))
        {
            foreach (var name in NameAndWords(match.Groups["name"].Value))
            {
                yield return name;
            }
        }
    }

    /// <summary>
    /// The names in a reply to the bot's question for a name: the introduced name if the reply has one ("It's Sarah"),
    /// else the whole short reply ("Sarah Jones").
    /// </summary>
    public static IEnumerable<string> NamesInAnswerToNameQuestion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var introduced = NamesGivenIn(text).ToList();
        if (introduced.Count > 0)
        {
            return introduced;
        }

        var words = WordPattern().Matches(text).Select(match => match.Value).ToList();
        return words.Count is > 0 and <= MaxWordsInAnswerToNameQuestion
            ? words.Where(word => !NotNames.Contains(word)).Prepend(string.Join(' ', words)).Distinct(StringComparer.OrdinalIgnoreCase)
            : [];
    }

    /// <summary>True when the bot's text asks for a name ("What name should we ask for?").</summary>
    public static bool AsksForName(string text) => NameQuestionPattern().IsMatch(text);

    private static IEnumerable<string> NameAndWords(string candidate)
    {
        var words = WordPattern().Matches(candidate)
            .Select(match => match.Value)
            .TakeWhile(word => !NotNames.Contains(word))
            .ToList();
        if (words.Count == 0)
        {
            return [];
        }

        return words.Prepend(string.Join(' ', words)).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex EmailPattern();

    /// <summary>Seven to fifteen digits, with the usual separators: 310-828-7757, (310) 828 7757, +1.310.828.7757.</summary>
    [GeneratedRegex(@"(?<!\w)\+?\(?\d(?:[\s().-]{0,2}\d){6,14}(?!\w)", RegexOptions.CultureInvariant, 200)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(
        @"\b(?:my\s+name\s+is|my\s+name['’]s|name\s+is|name['’]s|call\s+me|i\s+go\s+by)\s+(?<name>\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        200)]
    private static partial Regex AnyCaseNameAfterIntroduction();

    [GeneratedRegex(
        @"\b(?i:i['’]?m|i\s+am|this\s+is|it['’]s|it\s+is)\s+(?<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})",
        RegexOptions.CultureInvariant,
        200)]
    private static partial Regex CapitalisedNameAfterIntroduction();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*", RegexOptions.CultureInvariant, 200)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\bnames?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex NameQuestionPattern();
}
