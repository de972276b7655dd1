using System.Text.RegularExpressions;
using SpineBot.Triage.Language;

namespace SpineBot.Triage.RedFlags;

/// <summary>A red-flag rule with its patterns compiled.</summary>
internal sealed record CompiledRedFlag(string Id, Regex Patterns, Regex? Exceptions)
{
    /// <summary>
    /// Whether the clause mentions this warning sign: not negated, not taken back, and not explained away by an
    /// exception in the same piece ("my mom had cancer").
    /// </summary>
    public bool IsRaisedBy(Clause clause)
    {
        var exceptions = Exceptions is null ? [] : RulePatterns.SafeMatches(Exceptions, clause.Text).ToList();
        return RulePatterns.SafeMatches(Patterns, clause.Text).Any(match =>
            !clause.IsNegatedAt(match.Index)
            && !clause.IsRetractedAt(match.Index)
            && !exceptions.Any(exception => clause.AreInSamePiece(exception.Index, match.Index)));
    }
}
