using System.Text.RegularExpressions;
using SpineBot.Triage.Language;

namespace SpineBot.Triage.Understanding;

/// <summary>
/// Finds the runner's own question or aside in a message ("should I keep running?", "are you a real person?",
/// "I'm freaking out") and the answer the content has for it. A clause counts as a question by its "?" or by how it
/// opens, so a report ("my back hurts when I run") is never taken for a question, and a question that names a
/// symptom ("why do you ask about cancer?") is never taken for a report. Thread-safe; microseconds a message.
/// </summary>
public sealed class RunnerQuestionMatcher
{
    /// <summary>Longer messages are read up to this many characters.</summary>
    public const int MaxLength = 1000;

    private readonly IReadOnlyList<CompiledQuestionRule> _rules;
    private readonly Regex? _fillers;
    private readonly Regex? _openers;
    private readonly Regex? _cues;
    private readonly Regex? _hints;
    private readonly Regex? _statementOpeners;
    private readonly HashSet<string> _fillerWords;

    /// <summary>Compiles the rules, in priority order (the first match is the answer given).</summary>
    /// <exception cref="ArgumentException">A pattern is not a valid regular expression, or two rules share an id.</exception>
    public RunnerQuestionMatcher(IReadOnlyList<RunnerQuestionRule> rules, QuestionForm form)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(form);
        var duplicate = rules.GroupBy(rule => rule.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two answers have the id '{duplicate.Key}'.", nameof(rules));
        }

        _rules = rules.Select(rule => new CompiledQuestionRule(rule)).ToList();
        _fillers = form.Fillers.Count == 0 ? null : RulePatterns.Compile($"^(?:{RulePatterns.PhraseAlternation(form.Fillers)}\\s*)+");
        _openers = Any(form.Openers);
        _cues = Any(form.Cues);
        _hints = Any(form.Hints);
        _statementOpeners = Any(form.StatementOpeners);
        _fillerWords = form.Fillers.Select(PlainWords.Normalize).Where(word => word.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The ids of the answers, in priority order.</summary>
    public IReadOnlyList<string> AnswerIds => _rules.Select(rule => rule.Id).ToList();

    /// <summary>Reads <paramref name="text"/> (as typed, or already normalised) for the runner's question or aside.</summary>
    public RunnerQuestionMatch Match(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length > MaxLength)
        {
            normalized = normalized[..MaxLength];
        }

        if (normalized.Length == 0)
        {
            return RunnerQuestionMatch.None;
        }

        var plain = WithoutLeadingFillers(PlainWords.Normalize(normalized));
        var clauses = MessageClauses.Split(normalized, _fillers);
        var plainQuestions = new List<MessageClause>();
        var hintedOrMarked = new List<MessageClause>();
        foreach (var clause in clauses)
        {
            if (clause.Text.Length == 0)
            {
                continue;
            }

            if (IsPlainQuestion(clause))
            {
                plainQuestions.Add(clause);
                hintedOrMarked.Add(clause);
            }
            else if (clause.HasQuestionMark || Matches(_hints, clause.Text))
            {
                hintedOrMarked.Add(clause);
            }
        }

        string? best = null;
        var reason = QuestionMatchReason.NotAQuestion;
        var others = new List<string>();
        foreach (var rule in _rules)
        {
            if (rule.Match(normalized, plain, hintedOrMarked) is not { } how)
            {
                continue;
            }

            if (best is null)
            {
                best = rule.Id;
                reason = how;
            }
            else
            {
                others.Add(rule.Id);
            }
        }

        if (best is not null)
        {
            return new RunnerQuestionMatch(QuestionMatchKind.Answer, best, reason, others);
        }

        return plainQuestions.Count > 0 ? RunnerQuestionMatch.Unknown : RunnerQuestionMatch.None;
    }

    private bool IsPlainQuestion(MessageClause clause)
    {
        if (Matches(_openers, clause.Text) || Matches(_cues, clause.Text))
        {
            return true;
        }

        return clause.HasQuestionMark && !Matches(_statementOpeners, clause.Text);
    }

    private string WithoutLeadingFillers(string plain)
    {
        var words = plain.Split(' ');
        var start = 0;
        while (start < words.Length - 1 && _fillerWords.Contains(words[start]))
        {
            start++;
        }

        return start == 0 ? plain : string.Join(' ', words[start..]);
    }

    private static bool Matches(Regex? regex, string text) => regex is not null && RulePatterns.SafeIsMatch(regex, text);

    private static Regex? Any(IReadOnlyList<string> patterns) => patterns.Count == 0 ? null : RulePatterns.CompileAny(patterns);
}
