using SpineBot.Triage.Language;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Story;

/// <summary>Finds the phrases that answer the report's choice and yes/no slots, the last mention of each slot winning.</summary>
internal sealed class SlotPhraseReader
{
    private readonly IReadOnlyList<CompiledSlotPhrase> _phrases;

    public SlotPhraseReader(IEnumerable<SlotPhrase> phrases, IReadOnlyDictionary<string, string> macros)
    {
        _phrases = phrases
            .GroupBy(phrase => (phrase.Slot, phrase.Value))
            .Select(group => new CompiledSlotPhrase(
                group.Key.Slot,
                group.Key.Value,
                ReportSlots.ValuesOf(group.Key.Slot).Contains(ReportSlots.Yes),
                RulePatterns.CompileAny(group.Select(phrase => phrase.Pattern), macros)))
            .ToList();
    }

    /// <summary>The last answer found for each slot.</summary>
    public IReadOnlyDictionary<string, Mention<string>> Read(IReadOnlyList<Clause> clauses)
    {
        var answers = new Dictionary<string, Mention<string>>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            foreach (var phrase in _phrases)
            {
                foreach (var match in RulePatterns.SafeMatches(phrase.Pattern, clause.Text))
                {
                    if (phrase.Answer(clause, match) is not { } value)
                    {
                        continue;
                    }

                    var group = match.Groups["phrase"];
                    var mention = new Mention<string>(value, clause.Order, match.Index, match.Index + match.Length, group.Success ? group.Value.Trim() : null);
                    if (!answers.TryGetValue(phrase.Slot, out var earlier) || mention.IsAfter(earlier))
                    {
                        answers[phrase.Slot] = mention;
                    }
                }
            }
        }

        return answers;
    }
}
