using SpineBot.Triage.Language;

namespace SpineBot.Triage.RedFlags;

/// <summary>
/// Screens every message the runner sends for warning signs that need emergency care, such as loss of bladder
/// control, numbness in the groin or a recent fall. Negated mentions ("no numbness, just sore",
/// "I don't have a fever") do not count. Thread-safe; build once and reuse.
/// </summary>
public sealed class RedFlagScreen
{
    private readonly ClauseReader _clauses;
    private readonly IReadOnlyList<CompiledRedFlag> _flags;

    /// <summary>Creates a screen from checked rules (see <see cref="RulePatterns.FindProblem"/>).</summary>
    public RedFlagScreen(IReadOnlyList<RedFlagRule> rules, NegationRules negation)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(negation);
        _clauses = new ClauseReader(negation);
        _flags = rules
            .Select(rule => new CompiledRedFlag(
                rule.Id,
                RulePatterns.CompileAny(rule.Patterns),
                rule.Exceptions.Count == 0 ? null : RulePatterns.CompileAny(rule.Exceptions)))
            .ToList();
    }

    /// <summary>The ids of the flags this screen knows, in order.</summary>
    public IReadOnlyList<string> FlagIds => _flags.Select(flag => flag.Id).ToList();

    /// <summary>Screens one message. Empty or blank text has no warning signs.</summary>
    public RedFlagVerdict Screen(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return RedFlagVerdict.None;
        }

        var clauses = _clauses.Read(normalized);
        var found = _flags.Where(flag => clauses.Any(clause => flag.IsRaisedBy(clause))).Select(flag => flag.Id).ToList();
        return found.Count == 0 ? RedFlagVerdict.None : new RedFlagVerdict(found);
    }
}
