using SpineBot.Content.Loading;
using SpineBot.Triage.Language;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Story;

namespace SpineBot.Content.Rules;

/// <summary>Checks extraction.json: the vocabulary for reading a runner's free text into facts.</summary>
internal static class ExtractionFile
{
    public const string Name = "extraction.json";

    private static readonly string[] NumberMacros = [RulePatterns.NumberMacro, RulePatterns.UnitMacro];
    private static readonly string[] AllMacros =
        [RulePatterns.NumberMacro, RulePatterns.AmountMacro, RulePatterns.UnitMacro, RulePatterns.WeekdayMacro];

    public static StoryVocabulary Read(ExtractionJson json, ContentEntry root)
    {
        var duration = root.Section(json.Duration, "duration", "duration");
        var durationJson = json.Duration ?? new DurationJson();
        return new StoryVocabulary
        {
            NumberWords = ReadNumbers(root, json.NumberWords, "numberWords"),
            QuantityWords = ReadNumbers(root, json.QuantityWords, "quantityWords"),
            DurationUnits = ReadWordLists(root, json.DurationUnits, "durationUnits", IsEnumName<DurationUnit>)
                .ToDictionary(pair => Enum.Parse<DurationUnit>(pair.Key, ignoreCase: true), pair => pair.Value),
            Weekdays = ReadWordLists(root, json.Weekdays, "weekdays", IsEnumName<DayOfWeek>)
                .SelectMany(pair => pair.Value.Select(word => (Word: word, Day: Enum.Parse<DayOfWeek>(pair.Key, ignoreCase: true))))
                .DistinctBy(entry => entry.Word)
                .ToDictionary(entry => entry.Word, entry => entry.Day, StringComparer.Ordinal),
            DistanceUnits = ReadWordLists(root, json.DistanceUnits, "distanceUnits", _ => true),
            SeverityPatterns = root.Patterns(json.Severity, "severity", NumberMacros, ["n"]),
            DurationPatterns = duration?.Patterns(durationJson.Amounts, "amounts", AllMacros, ["amount", "unit"]) ?? [],
            WeekdayDurationPatterns = duration?.Patterns(durationJson.SinceWeekday, "sinceWeekday", AllMacros, ["weekday"]) ?? [],
            RelativeDurations = duration is null ? [] : ReadRelative(duration, durationJson),
            DurationIgnoredAfter = duration?.Patterns(durationJson.IgnoredAfter, "ignoredAfter", AllMacros, [], required: false) ?? [],
            DurationIgnoredBefore = duration?.Patterns(durationJson.IgnoredBefore, "ignoredBefore", AllMacros, [], required: false) ?? [],
            MileagePatterns = root.Patterns(json.Mileage, "mileage", AllMacros, ["before", "after"]),
            SlotPhrases = ReadSlots(root, json.Slots),
        };
    }

    private static Dictionary<string, double> ReadNumbers(ContentEntry root, IReadOnlyDictionary<string, double?>? members, string field)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, value) in root.Members(members, field))
        {
            if (value is { } number && number >= 0)
            {
                numbers[word.Trim().ToLowerInvariant()] = number;
            }
            else
            {
                root.Problem($"field '{field}': '{word}' must be a number of 0 or more");
            }
        }

        return numbers;
    }

    private static bool IsEnumName<T>(string name)
        where T : struct, Enum => Enum.TryParse<T>(name, ignoreCase: true, out _) && !int.TryParse(name, out _);

    private static Dictionary<string, IReadOnlyList<string>> ReadWordLists(
        ContentEntry root, IReadOnlyDictionary<string, IReadOnlyList<string>?>? members, string field, Func<string, bool> isKnown)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.Section(members, field, field) is not { } section)
        {
            return lists;
        }

        foreach (var (name, words) in members!)
        {
            if (!isKnown(name))
            {
                section.Problem($"'{name}' is not a known name here");
                continue;
            }

            lists[name] = section.Strings(words, name).Select(word => word.Trim().ToLowerInvariant()).ToList();
        }

        return lists;
    }

    private static List<RelativeDuration> ReadRelative(ContentEntry duration, DurationJson json) =>
        duration.Items(json.Relative, "relative", (_, index) => $"duration, relative #{index}")
            .Select(pair => new RelativeDuration(
                pair.Entry.Pattern(pair.Item.Pattern, "pattern", AllMacros, []),
                pair.Entry.Number(pair.Item.Days, "days"),
                pair.Item.Phrase is not null ? pair.Entry.Text(pair.Item.Phrase, "phrase") : null))
            .ToList();

    private static List<SlotPhrase> ReadSlots(
        ContentEntry root, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>?>?>? slots)
    {
        var phrases = new List<SlotPhrase>();
        if (root.Section(slots, "slots", "slots") is not { } slotsEntry)
        {
            return phrases;
        }

        foreach (var (slot, values) in slots!)
        {
            if (!ReportSlots.IsKnown(slot) || ReportSlots.ValuesOf(slot).Count == 0)
            {
                slotsEntry.Problem($"'{slot}' is not a choice or yes/no slot (known: {string.Join(", ", ReportSlots.All.Where(known => ReportSlots.ValuesOf(known).Count > 0))})");
                continue;
            }

            if (slotsEntry.Section(values, slot, $"slot '{slot}'") is not { } section)
            {
                continue;
            }

            foreach (var (value, patterns) in values!)
            {
                if (value == ReportSlots.Unsure || !ReportSlots.IsValidValue(slot, value))
                {
                    section.Problem($"'{value}' is not a value of this slot (values: {string.Join(", ", ReportSlots.ValuesOf(slot).Where(known => known != ReportSlots.Unsure))})");
                    continue;
                }

                phrases.AddRange(section.Patterns(patterns, value, AllMacros, []).Select(pattern => new SlotPhrase(slot, value, pattern)));
            }
        }

        return phrases;
    }
}
