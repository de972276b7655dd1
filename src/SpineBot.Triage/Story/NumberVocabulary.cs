using System.Globalization;
using SpineBot.Triage.Language;
using SpineBot.Triage.Reports;

namespace SpineBot.Triage.Story;

/// <summary>Expands the story placeholders ({number}, {amount}, {unit}, {weekday}) and reads what they captured.</summary>
internal sealed class NumberVocabulary
{
    private const string Digits = @"\d{1,3}(?:\.\d+)?";
    private readonly StoryVocabulary _vocabulary;
    private readonly Dictionary<string, DurationUnit> _units;

    public NumberVocabulary(StoryVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _units = vocabulary.DurationUnits
            .SelectMany(pair => pair.Value.Select(word => (Word: TextNormalizer.Normalize(word), Unit: pair.Key)))
            .DistinctBy(entry => entry.Word)
            .ToDictionary(entry => entry.Word, entry => entry.Unit, StringComparer.Ordinal);
        Macros = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RulePatterns.NumberMacro] = $"(?:{Digits}|{Words(vocabulary.NumberWords.Keys)})",
            [RulePatterns.AmountMacro] = $"(?:{Digits}|{Words(vocabulary.NumberWords.Keys.Concat(vocabulary.QuantityWords.Keys))})",
            [RulePatterns.UnitMacro] = Words(_units.Keys),
            [RulePatterns.WeekdayMacro] = Words(vocabulary.Weekdays.Keys),
        };
    }

    /// <summary>The placeholder expansions for compiling story patterns.</summary>
    public IReadOnlyDictionary<string, string> Macros { get; }

    /// <summary>Reads a captured number or amount ("7", "seven", "a few").</summary>
    public double? ReadAmount(string captured)
    {
        var text = TextNormalizer.Normalize(captured);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return _vocabulary.NumberWords.TryGetValue(text, out var word) ? word
            : _vocabulary.QuantityWords.TryGetValue(text, out var quantity) ? quantity
            : null;
    }

    /// <summary>Reads a captured duration unit ("wks").</summary>
    public DurationUnit? ReadUnit(string captured) =>
        _units.TryGetValue(TextNormalizer.Normalize(captured), out var unit) ? unit : null;

    /// <summary>Reads a captured weekday ("sat").</summary>
    public DayOfWeek? ReadWeekday(string captured) =>
        _vocabulary.Weekdays.TryGetValue(TextNormalizer.Normalize(captured), out var day) ? day : null;

    /// <summary>The distance unit's display name for a captured word ("mi" -> "miles").</summary>
    public string? ReadDistanceUnit(string captured)
    {
        var text = TextNormalizer.Normalize(captured);
        return _vocabulary.DistanceUnits
            .Where(pair => pair.Key == text || pair.Value.Any(word => TextNormalizer.Normalize(word) == text))
            .Select(pair => pair.Key)
            .FirstOrDefault();
    }

    private static string Words(IEnumerable<string> words)
    {
        var alternation = RulePatterns.PhraseAlternation(words);
        return $"(?:{alternation})";
    }
}
