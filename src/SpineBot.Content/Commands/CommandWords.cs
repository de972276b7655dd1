using SpineBot.Content.Questions;

namespace SpineBot.Content.Commands;

/// <summary>
/// Recognizes the global commands (commands.json). Run the red-flag screen first: "help, I can't feel my legs"
/// is an emergency, not a request for help.
/// </summary>
public sealed class CommandWords
{
    private readonly IReadOnlyList<(GlobalCommand Command, IReadOnlyList<string> Exact, IReadOnlyList<string> Contains)> _commands;
    private readonly IReadOnlyList<string> _ignoredWords;

    internal CommandWords(IReadOnlyDictionary<GlobalCommand, CommandPhrases> phrases, IReadOnlyList<string> ignoredWords)
    {
        Phrases = phrases;
        _ignoredWords = ignoredWords.Select(PhraseText.Normalize).Where(word => word.Length > 0).OrderByDescending(word => word.Length).ToList();
        _commands = phrases
            .Select(pair => (pair.Key, (IReadOnlyList<string>)Normalize(pair.Value.Exact), (IReadOnlyList<string>)Normalize(pair.Value.Contains)))
            .ToList();
    }

    /// <summary>The phrases of each command.</summary>
    public IReadOnlyDictionary<GlobalCommand, CommandPhrases> Phrases { get; }

    /// <summary>The command a message gives, or <see cref="GlobalCommand.None"/>.</summary>
    public GlobalCommand Recognize(string? text)
    {
        var normalized = WithoutIgnoredWords(PhraseText.Normalize(text));
        if (normalized.Length == 0)
        {
            return GlobalCommand.None;
        }

        foreach (var (command, exact, _) in _commands)
        {
            if (exact.Contains(normalized, StringComparer.Ordinal))
            {
                return command;
            }
        }

        foreach (var (command, _, contains) in _commands)
        {
            if (contains.Any(phrase => PhraseText.ContainsWords(normalized, phrase)))
            {
                return command;
            }
        }

        return GlobalCommand.None;
    }

    private static List<string> Normalize(IEnumerable<string> phrases) =>
        phrases.Select(PhraseText.Normalize).Where(phrase => phrase.Length > 0).ToList();

    private string WithoutIgnoredWords(string text)
    {
        var padded = $" {text} ";
        foreach (var word in _ignoredWords)
        {
            padded = padded.Replace($" {word} ", " ", StringComparison.Ordinal);
        }

        var stripped = padded.Trim();
        return stripped.Length == 0 ? text : stripped;
    }
}
