namespace SpineBot.Triage.Language;

/// <summary>
/// Reads a runner's message before any rule decides on it: normalizes it (see <see cref="Normalize"/>) and cuts it into
/// clauses marked for negation, subject, time and kind. Pure and thread-safe; build once per language and share.
/// </summary>
public sealed class MessageReader
{
    private readonly ClauseReader _clauses;

    /// <summary>Creates a reader from a language's reading rules (negation.json).</summary>
    public MessageReader(NegationRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _clauses = new ClauseReader(rules);
    }

    /// <summary>
    /// The text as rules read it: NFKC, zero-width and other format characters and controls (NUL included) removed
    /// without splitting a word, Cyrillic/Greek look-alike letters folded to Latin, lower case, single spaces.
    /// </summary>
    public static string Normalize(string? text) => TextNormalizer.Normalize(text);

    /// <summary>Reads the whole message, however long; blank text reads as no clauses.</summary>
    public MessageReading Read(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return new MessageReading(normalized, normalized.Length == 0 ? [] : _clauses.Read(normalized));
    }
}
