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
        JsonSection group,
        IReadOnlyDictionary<string, string> sources,
        Func<JsonSection, TriageLevel> levelOf,
        Func<JsonSection, IReadOnlyDictionary<string, string>, string> sourceOf)
    {
        var id = group.Word("id");
        var prompt = group.Text("prompt");
        if (group.Has("level") || group.Has("source") || group.Has("reasons"))
        {
            group.Problem("a group with 'which' takes its level, source and reasons from its parts; remove them from the group");
        }

        var which = group.Section("which", $"safety check group '{id}' which");
        if (which is null)
        {
            return new SafetyCheckGroup(id, TriageLevel.EmergencyAmbulance, string.Empty, prompt, string.Empty);
        }

        var parts = new List<SafetyCheckGroup>();
        var choices = new List<Choice>();
        foreach (var item in which.Items("parts", (element, index) => JsonSection.NameOf($"safety check group '{id}' part", element, index)))
        {
            var part = new SafetyCheckGroup(item.Word("id"), levelOf(item), sourceOf(item, sources), item.Text("title"), item.Text("reasons"));
            if (part.Id is SafetyCheckWhich.Both or SafetyCheckWhich.Unsure || parts.Any(other => other.Id == part.Id))
            {
                item.Problem($"the part id '{part.Id}' must be unique and not '{SafetyCheckWhich.Both}' or '{SafetyCheckWhich.Unsure}'");
            }

            parts.Add(part);
            choices.Add(ChoiceOf(item, part.Id));
        }

        if (parts.Count < 2)
        {
            which.Problem("field 'parts' needs at least two parts (one part is a group of its own)");
        }

        foreach (var answer in new[] { SafetyCheckWhich.Both, SafetyCheckWhich.Unsure })
        {
            if (which.Section(answer, $"safety check group '{id}' which {answer}") is { } section)
            {
                choices.Add(ChoiceOf(section, answer));
            }
        }

        var highest = parts.Count == 0 ? null : parts.MaxBy(part => part.Level);
        return new SafetyCheckGroup(id, highest?.Level ?? TriageLevel.EmergencyAmbulance, highest?.Source ?? string.Empty, prompt, string.Join("; ", parts.Select(part => part.Reasons)))
        {
            Which = new SafetyCheckWhich(which.Text("prompt"), parts, new ChoiceSet($"{id}-which", choices)) { Plain = which.Text("plain") },
            Plain = group.Text("plain"),
        };
    }

    private static Choice ChoiceOf(JsonSection item, string value) => new()
    {
        Value = value,
        Title = item.Text("title"),
        Synonyms = item.Strings("synonyms", required: false),
    };
}
