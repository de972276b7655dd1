using SpineBot.Content.Loading;
using SpineBot.Content.Questions;
using SpineBot.Triage.Levels;

namespace SpineBot.Content.RedFlags;

/// <summary>
/// Reads a safety check group with a "which" follow-up: its prompt, and each part's id, level, source, button title,
/// synonyms and reasons, with the "both" and "not sure" answers. At least two parts, each id once.
/// </summary>
internal static class SafetyCheckWhichSection
{
    public static SafetyCheckGroup Read(
        ContentEntry group,
        SafetyCheckGroupJson json,
        IReadOnlyDictionary<string, string> sources,
        Func<ContentEntry, string?, TriageLevel> levelOf,
        Func<ContentEntry, string?, IReadOnlyDictionary<string, string>, string> sourceOf)
    {
        var id = group.Word(json.Id, "id");
        var prompt = group.Text(json.Prompt, "prompt");
        if (json.Level is not null || json.Source is not null || json.Reasons is not null)
        {
            group.Problem("a group with 'which' takes its level, source and reasons from its parts; remove them from the group");
        }

        var whichJson = json.Which!;
        var which = group.Child($"safety check group '{id}' which");
        var parts = new List<SafetyCheckGroup>();
        var choices = new List<Choice>();
        foreach (var (item, partJson) in which.Items(whichJson.Parts, "parts", (part, index) => ContentEntry.NameOf($"safety check group '{id}' part", part.Id, index)))
        {
            var part = new SafetyCheckGroup(
                item.Word(partJson.Id, "id"),
                levelOf(item, partJson.Level),
                sourceOf(item, partJson.Source, sources),
                item.Text(partJson.Title, "title"),
                item.Text(partJson.Reasons, "reasons"));
            if (part.Id is SafetyCheckWhich.Both or SafetyCheckWhich.Unsure || parts.Any(other => other.Id == part.Id))
            {
                item.Problem($"the part id '{part.Id}' must be unique and not '{SafetyCheckWhich.Both}' or '{SafetyCheckWhich.Unsure}'");
            }

            parts.Add(part);
            choices.Add(ChoiceOf(item, part.Id, partJson.Title, partJson.Synonyms));
        }

        if (parts.Count < 2)
        {
            which.Problem("field 'parts' needs at least two parts (one part is a group of its own)");
        }

        foreach (var (answer, answerJson) in new[] { (SafetyCheckWhich.Both, whichJson.Both), (SafetyCheckWhich.Unsure, whichJson.Unsure) })
        {
            if (which.Section(answerJson, answer, $"safety check group '{id}' which {answer}") is { } section)
            {
                choices.Add(ChoiceOf(section, answer, answerJson!.Title, answerJson.Synonyms));
            }
        }

        var highest = parts.Count == 0 ? null : parts.MaxBy(part => part.Level);
        return new SafetyCheckGroup(id, highest?.Level ?? TriageLevel.EmergencyAmbulance, highest?.Source ?? string.Empty, prompt, string.Join("; ", parts.Select(part => part.Reasons)))
        {
            Which = new SafetyCheckWhich(which.Text(whichJson.Prompt, "prompt"), parts, new ChoiceSet($"{id}-which", choices)) { Plain = which.Text(whichJson.Plain, "plain") },
            Plain = group.Text(json.Plain, "plain"),
        };
    }

    private static Choice ChoiceOf(ContentEntry item, string value, string? title, IReadOnlyList<string>? synonyms) => new()
    {
        Value = value,
        Title = item.Text(title, "title"),
        Synonyms = item.Strings(synonyms, "synonyms", required: false),
    };
}
