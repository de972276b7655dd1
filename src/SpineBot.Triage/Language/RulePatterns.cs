using System.Text.RegularExpressions;

namespace SpineBot.Triage.Language;

/// <summary>
/// The regular expressions that content files give as rules: how they are compiled, and how the content loader
/// checks them before use. A pattern may use placeholders such as <c>{number}</c> that expand to vocabulary from
/// the same content; any other <c>{word}</c> is an error.
/// </summary>
public static partial class RulePatterns
{
    /// <summary>Placeholder for a number in digits or words ("7", "seven").</summary>
    public const string NumberMacro = "number";

    /// <summary>Placeholder for an amount: a number or a quantity word ("a", "a few", "several").</summary>
    public const string AmountMacro = "amount";

    /// <summary>Placeholder for a duration unit ("days", "wks").</summary>
    public const string UnitMacro = "unit";

    /// <summary>Placeholder for a weekday name ("saturday").</summary>
    public const string WeekdayMacro = "weekday";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Describes what is wrong with <paramref name="pattern"/>, or returns <c>null</c> when it is usable:
    /// it must be a valid regular expression, use only <paramref name="allowedMacros"/> and capture every group in
    /// <paramref name="requiredGroups"/>.
    /// </summary>
    public static string? FindProblem(string? pattern, IReadOnlyCollection<string> allowedMacros, IReadOnlyCollection<string> requiredGroups)
    {
        ArgumentNullException.ThrowIfNull(allowedMacros);
        ArgumentNullException.ThrowIfNull(requiredGroups);
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "pattern is empty";
        }

        foreach (Match macro in MacroPattern().Matches(pattern))
        {
            var name = macro.Groups["name"].Value;
            if (!allowedMacros.Contains(name))
            {
                return allowedMacros.Count == 0
                    ? $"unknown placeholder '{{{name}}}' (this pattern allows none)"
                    : $"unknown placeholder '{{{name}}}' (allowed: {string.Join(", ", allowedMacros)})";
            }
        }

        try
        {
            var regex = new Regex(MacroPattern().Replace(pattern, "(?:x)"), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            var missing = requiredGroups.Where(group => !regex.GetGroupNames().Contains(group, StringComparer.Ordinal)).ToList();
            return missing.Count == 0
                ? null
                : $"pattern must capture {string.Join(" and ", missing.Select(group => $"a group named '{group}'"))}";
        }
        catch (ArgumentException ex)
        {
            return $"invalid pattern: {ex.Message}";
        }
    }

    /// <summary>Compiles a checked pattern, expanding its placeholders.</summary>
    internal static Regex Compile(string pattern, IReadOnlyDictionary<string, string>? macros = null)
    {
        var expanded = macros is null
            ? pattern
            : MacroPattern().Replace(pattern, match => macros.TryGetValue(match.Groups["name"].Value, out var value) ? value : match.Value);
        if (BackgroundCompiledRegex.IsEnabled)
        {
            return BackgroundCompiledRegex.Create(expanded, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }

        var regex = new Regex(expanded, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);

        // Run it once now, so the compiled matcher is JIT-compiled at start-up rather than inside the first runner's
        // match, where a busy machine could push the compilation past the match timeout.
        SafeIsMatch(regex, WarmUpText);
        return regex;
    }

    /// <summary>The text a newly compiled rule is run on once, so that its code is JIT-compiled before a runner's message.</summary>
    internal const string WarmUpText = "warm up: no, i can't, my back.";

    /// <summary>Compiles several checked patterns into one alternation.</summary>
    internal static Regex CompileAny(IEnumerable<string> patterns, IReadOnlyDictionary<string, string>? macros = null) =>
        Compile(string.Join('|', patterns.Select(pattern => $"(?:{pattern})")), macros);

    /// <summary>
    /// A regex matching any of the plain <paramref name="phrases"/> as whole words (a possessive "'s" may follow);
    /// apostrophes inside a phrase are optional.
    /// </summary>
    internal static Regex CompilePhrases(IEnumerable<string> phrases) => Compile(PhraseAlternation(phrases));

    /// <summary>The alternation (without options) matching any of the plain <paramref name="phrases"/> as whole words.</summary>
    internal static string PhraseAlternation(IEnumerable<string> phrases)
    {
        var alternatives = phrases
            .Where(phrase => !string.IsNullOrWhiteSpace(phrase))
            .Select(phrase => TextNormalizer.Normalize(phrase))
            .OrderByDescending(phrase => phrase.Length)
            .Select(phrase => Regex.Escape(phrase).Replace("'", "'?", StringComparison.Ordinal).Replace("\\ ", "\\s+", StringComparison.Ordinal))
            .ToList();
        return alternatives.Count == 0
            ? "(?!)"
            : $"(?<![\\p{{L}}\\p{{N}}'])(?:{string.Join('|', alternatives)})(?![\\p{{L}}\\p{{N}}]|'(?!s\\b))";
    }

    /// <summary>Whether the pattern matches, treating a pattern that times out as "no match".</summary>
    internal static bool SafeIsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Runs a match, treating a pathological pattern that times out as "no match" rather than failing the turn.</summary>
    internal static IEnumerable<Match> SafeMatches(Regex regex, string text)
    {
        var results = new List<Match>();
        try
        {
            var match = regex.Match(text);
            while (match.Success)
            {
                results.Add(match);
                match = match.NextMatch();
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A rule that cannot finish in time does not stop the conversation; the matches found so far stand.
        }

        return results;
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex MacroPattern();
}
