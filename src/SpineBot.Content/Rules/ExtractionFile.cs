using System.Text.Json;
using SpineBot.Content.Loading;
using SpineBot.Triage.Language;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Story;

namespace SpineBot.Content.Rules;

/// <summary>Reads extraction.json: the vocabulary for reading a runner's free text into facts.</summary>
internal static class ExtractionFile
{
    public const string Name = "extraction.json";

    private static readonly string[] NumberMacros = [RulePatterns.NumberMacro, RulePatterns.UnitMacro];
    private static readonly string[] AllMacros =
        [RulePatterns.NumberMacro, RulePatterns.AmountMacro, RulePatterns.UnitMacro, RulePatterns.WeekdayMacro];

    public static StoryVocabulary Read(JsonSection root)
    {
        var duration = root.Section("duration", "duration");
        return new StoryVocabulary
        {
            NumberWords = ReadNumbers(root, "numberWords"),
            QuantityWords = ReadNumbers(root, "quantityWords"),
            DurationUnits = ReadWordLists(root, "durationUnits", IsEnumName<DurationUnit>)
                .ToDictionary(pair => Enum.Parse<DurationUnit>(pair.Key, ignoreCase: true), pair => pair.Value),
            Weekdays = ReadWordLists(root, "weekdays", IsEnumName<DayOfWeek>)
                .SelectMany(pair => pair.Value.Select(word => (Word: word, Day: Enum.Parse<DayOfWeek>(pair.Key, ignoreCase: true))))
                .DistinctBy(entry => entry.Word)
                .ToDictionary(entry => entry.Word, entry => entry.Day, StringComparer.Ordinal),
            DistanceUnits = ReadWordLists(root, "distanceUnits", _ => true),
            SeverityPatterns = root.Patterns("severity", NumberMacros, ["n"]),
            DurationPatterns = duration?.Patterns("amounts", AllMacros, ["amount", "unit"]) ?? [],
            WeekdayDurationPatterns = duration?.Patterns("sinceWeekday", AllMacros, ["weekday"]) ?? [],
            RelativeDurations = duration is null ? [] : ReadRelative(duration),
            DurationIgnoredAfter = duration?.Patterns("ignoredAfter", AllMacros, [], required: false) ?? [],
            DurationIgnoredBefore = duration?.Patterns("ignoredBefore", AllMacros, [], required: false) ?? [],
            MileagePatterns = root.Patterns("mileage", AllMacros, ["before", "after"]),
            SlotPhrases = ReadSlots(root),
        };
    }

    private static Dictionary<string, double> ReadNumbers(JsonSection root, string field)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, value) in root.Members(field))
        {
            if (value.ValueKind == JsonValueKind.Number && value.GetDouble() >= 0)
            {
                numbers[word.Trim().ToLowerInvariant()] = value.GetDouble();
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

    private static Dictionary<string, IReadOnlyList<string>> ReadWordLists(JsonSection root, string field, Func<string, bool> isKnown)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.Section(field, field) is not { } section)
        {
            return lists;
        }

        foreach (var (name, _) in section.OwnMembers())
        {
            if (!isKnown(name))
            {
                section.Problem($"'{name}' is not a known name here");
                continue;
            }

            lists[name] = section.Strings(name).Select(word => word.Trim().ToLowerInvariant()).ToList();
        }

        return lists;
    }

    private static List<RelativeDuration> ReadRelative(JsonSection duration) =>
        duration.Items("relative", (element, index) => $"duration, relative #{index}")
            .Select(item => new RelativeDuration(
                item.Pattern("pattern", AllMacros, []),
                item.Number("days"),
                item.Has("phrase") ? item.Text("phrase") : null))
            .ToList();

    private static List<SlotPhrase> ReadSlots(JsonSection root)
    {
        var phrases = new List<SlotPhrase>();
        if (root.Section("slots", "slots") is not { } slots)
        {
            return phrases;
        }

        foreach (var (slot, _) in slots.OwnMembers())
        {
            if (!ReportSlots.IsKnown(slot) || ReportSlots.ValuesOf(slot).Count == 0)
            {
                slots.Problem($"'{slot}' is not a choice or yes/no slot (known: {string.Join(", ", ReportSlots.All.Where(known => ReportSlots.ValuesOf(known).Count > 0))})");
                continue;
            }

            if (slots.Section(slot, $"slot '{slot}'") is not { } section)
            {
                continue;
            }

            foreach (var (value, _) in section.OwnMembers())
            {
                if (value == ReportSlots.Unsure || !ReportSlots.IsValidValue(slot, value))
                {
                    section.Problem($"'{value}' is not a value of this slot (values: {string.Join(", ", ReportSlots.ValuesOf(slot).Where(known => known != ReportSlots.Unsure))})");
                    continue;
                }

                phrases.AddRange(section.Patterns(value, AllMacros, []).Select(pattern => new SlotPhrase(slot, value, pattern)));
            }
        }

        return phrases;
    }
}
