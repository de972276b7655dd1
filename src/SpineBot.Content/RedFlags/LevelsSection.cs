using SpineBot.Content.Loading;
using SpineBot.Triage.Levels;

namespace SpineBot.Content.RedFlags;

/// <summary>Checks red-flags.json "levels": what each level above self-care says.</summary>
internal static class LevelsSection
{
    /// <summary>The levels the content must word (self-care is the rest of the conversation).</summary>
    public static readonly IReadOnlyList<TriageLevel> Worded =
        [TriageLevel.Crisis, TriageLevel.EmergencyAmbulance, TriageLevel.Emergency, TriageLevel.Consultation24h, TriageLevel.Consultation];

    public static IReadOnlyDictionary<TriageLevel, LevelWording> Read(
        IReadOnlyDictionary<string, LevelJson?>? json, ContentEntry root, IReadOnlyDictionary<string, string> sources)
    {
        var levels = new Dictionary<TriageLevel, LevelWording>();
        if (root.Section(json, "levels", "levels") is not { } section)
        {
            return levels;
        }

        foreach (var (name, value) in json!)
        {
            var entry = section.Child($"level '{name}'");
            if (!TriageLevels.TryParse(name, out var level) || !Worded.Contains(level))
            {
                entry.Problem($"unknown level (expected one of {string.Join(", ", Worded.Select(worded => worded.ContentName()))})");
                continue;
            }

            var texts = value ?? new LevelJson();
            var wording = new LevelWording
            {
                Level = level,
                Title = entry.Text(texts.Title, "title"),
                Message = entry.Template(texts.Message, "message", "reasons"),
                Action = entry.Text(texts.Action, "action"),
                Closing = entry.Text(texts.Closing, "closing"),
                CallButton = texts.CallButton is not null ? entry.Text(texts.CallButton, "callButton") : null,
                CallLink = texts.CallLink is not null ? entry.Text(texts.CallLink, "callLink") : null,
                Source = RedFlagsFile.SourceOf(entry, texts.Source, sources),
            };
            if (!wording.Message.Placeholders.Contains("reasons"))
            {
                entry.Problem("field 'message' must say what was found, with {reasons}");
            }

            if ((wording.CallButton is null) != (wording.CallLink is null))
            {
                entry.Problem("fields 'callButton' and 'callLink' go together");
            }

            levels[level] = wording;
        }

        foreach (var missing in Worded.Where(level => !levels.ContainsKey(level)))
        {
            section.Problem($"level '{missing.ContentName()}' is missing");
        }

        return levels;
    }
}
