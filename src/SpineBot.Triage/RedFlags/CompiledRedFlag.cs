using System.Text.RegularExpressions;
using SpineBot.Triage.Language;

namespace SpineBot.Triage.RedFlags;

/// <summary>A red-flag or risk-factor rule with its patterns compiled.</summary>
internal sealed record CompiledRedFlag(string Id, Regex Patterns, Regex? Exceptions, bool CountsWhenPast)
{
    /// <summary>
    /// Whether the message reports this sign about the runner, now: a match counts unless it is negated, taken back,
    /// explained away by an exception in the same piece ("hay fever"), about someone else ("my kid has a fever"),
    /// over and done with ("had a fever last month, fine now") or only asked about ("what does saddle numbness mean?").
    /// The patterns run once over the whole message; each match is judged in its clause.
    /// </summary>
    public bool IsRaisedBy(MessageReading reading)
    {
        List<Match>? exceptions = null;
        foreach (var match in RulePatterns.SafeMatches(Patterns, reading.Normalized))
        {
            if (reading.ClauseAt(match.Index) is not { } clause || match.Index + match.Length > clause.Start + clause.Text.Length)
            {
                continue;
            }

            var at = match.Index - clause.Start;
            if (clause.IsNegatedAt(at) || clause.IsRetractedAt(at) || clause.SubjectAt(at) == ClauseSubject.SomeoneElse
                || clause.IsOnlyAskedAt(at) || (!CountsWhenPast && clause.TimeAt(at) == ClauseTime.ResolvedPast))
            {
                continue;
            }

            exceptions ??= Exceptions is null ? [] : RulePatterns.SafeMatches(Exceptions, reading.Normalized).ToList();
            var (pieceStart, pieceEnd) = clause.PieceRangeAt(at);
            if (!SortedOffsets.Between(exceptions, exception => exception.Index, clause.Start + pieceStart, clause.Start + pieceEnd).Any())
            {
                return true;
            }
        }

        return false;
    }
}
