using SpineBot.Content.Loading;
using SpineBot.Triage.Levels;

namespace SpineBot.Content.RedFlags;

/// <summary>Reads red-flags.json "levels": what each level above self-care says.</summary>
internal static class LevelsSection
{
    /// <summary>The levels the content must word (self-care is the rest of the conversation).</summary>
    public static readonly IReadOnlyList<TriageLevel> Worded =
        [TriageLevel.Crisis, TriageLevel.EmergencyAmbulance, TriageLevel.Emergency, TriageLevel.Consultation24h, TriageLevel.Consultation];

    public static IReadOnlyDictionary<TriageLevel, LevelWording> Read(JsonSection root, IReadOnlyDictionary<string, string> sources)
    {
        var levels = new Dictionary<TriageLevel, LevelWording>();
        if (root.Section("levels", "levels") is not { } section)
        {
            return levels;
        }

        foreach (var (name, value) in section.OwnMembers())
        {
            var entry = section.Child(value, $"level '{name}'");
            if (!TriageLevels.TryParse(name, out var level) || !Worded.Contains(level))
            {
                entry.Problem($"unknown level (expected one of {string.Join(", ", Worded.Select(worded => worded.ContentName()))})");
                continue;
            }

            var wording = new LevelWording
            {
                Level = level,
                Title = entry.Text("title"),
                Message = entry.Template("message", "reasons"),
                Action = entry.Text("action"),
                Closing = entry.Text("closing"),
                CallButton = entry.Has("callButton") ? entry.Text("callButton") : null,
                CallLink = entry.Has("callLink") ? entry.Text("callLink") : null,
                Source = RedFlagsFile.SourceOf(entry, sources),
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
