using System.Text.RegularExpressions;
using SpineBot.Triage.Language;

namespace SpineBot.Triage.Understanding;

/// <summary>A <see cref="RunnerQuestionRule"/> with its patterns compiled once.</summary>
internal sealed class CompiledQuestionRule
{
    private readonly Regex? _inQuestion;
    private readonly Regex? _anywhere;
    private readonly Regex? _exceptions;
    private readonly HashSet<string> _alone;

    public CompiledQuestionRule(RunnerQuestionRule rule)
    {
        Id = rule.Id;
        var inQuestion = new List<string>();
        if (rule.Phrases.Count > 0)
        {
            inQuestion.Add(RulePatterns.PhraseAlternation(rule.Phrases));
        }

        inQuestion.AddRange(rule.Patterns);
        _inQuestion = inQuestion.Count == 0 ? null : RulePatterns.CompileAny(inQuestion);
        _anywhere = rule.Anywhere.Count == 0 ? null : RulePatterns.CompileAny(rule.Anywhere);
        _exceptions = rule.Exceptions.Count == 0 ? null : RulePatterns.CompileAny(rule.Exceptions);
        _alone = rule.Alone.Select(PlainWords.Normalize).Where(phrase => phrase.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    public string Id { get; }

    /// <summary>How the rule matches the message, or <c>null</c> when it does not.</summary>
    public QuestionMatchReason? Match(string normalized, string plain, IReadOnlyList<MessageClause> questionClauses)
    {
        // The exceptions are read only once the rule has matched: most rules match nothing, and that keeps a turn cheap.
        var how = MatchWithoutExceptions(normalized, plain, questionClauses);
        return how is not null && _exceptions is not null && RulePatterns.SafeIsMatch(_exceptions, normalized) ? null : how;
    }

    private QuestionMatchReason? MatchWithoutExceptions(string normalized, string plain, IReadOnlyList<MessageClause> questionClauses)
    {
        if (_alone.Contains(plain))
        {
            return QuestionMatchReason.WholeMessage;
        }

        if (_anywhere is not null && RulePatterns.SafeIsMatch(_anywhere, normalized))
        {
            return QuestionMatchReason.SaidAnywhere;
        }

        if (_inQuestion is not null)
        {
            foreach (var clause in questionClauses)
            {
                if (RulePatterns.SafeIsMatch(_inQuestion, clause.Text))
                {
                    return QuestionMatchReason.AskedInQuestion;
                }
            }
        }

        return null;
    }
}
