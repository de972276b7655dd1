using System.Text.RegularExpressions;
using SpineBot.Triage.Language;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Story;

/// <summary>All the patterns for one slot value, compiled together.</summary>
internal sealed record CompiledSlotPhrase(string Slot, string Value, bool IsYesNo, Regex Pattern)
{
    /// <summary>
    /// The answer a match gives: its value; "no" for a negated "yes" phrase ("I don't lean forward");
    /// nothing for a phrase the runner took back, a negated "no" phrase ("I wasn't thirsty" does not mean
    /// they drank) or a negated choice ("not my lower back").
    /// </summary>
    public string? Answer(Clause clause, Match match)
    {
        if (clause.IsRetractedAt(match.Index))
        {
            return null;
        }

        if (!clause.IsNegatedAt(match.Index))
        {
            return Value;
        }

        return IsYesNo && Value == ReportSlots.Yes ? ReportSlots.No : null;
    }
}
