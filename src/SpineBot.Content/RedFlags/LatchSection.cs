using System.Text.RegularExpressions;
using SpineBot.Content.Loading;
using SpineBot.Content.Templates;
using SpineBot.Triage.Levels;

namespace SpineBot.Content.RedFlags;

/// <summary>Reads red-flags.json "latch": the wording while an emergency or crisis advice holds, and its let-go cues.</summary>
internal static class LatchSection
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public static LatchWording? Read(JsonSection root)
    {
        if (!root.Has("latch") || root.Section("latch", "latch") is not { } latch)
        {
            return null;
        }

        var why = new Dictionary<TriageLevel, MessageTemplate>();
        if (latch.Section("why", "latch why") is { } whySection)
        {
            foreach (var (name, _) in whySection.OwnMembers())
            {
                if (!TriageLevels.TryParse(name, out var level) || !level.IsLatching())
                {
                    whySection.Problem($"'{name}' is no level the latch holds (crisis, emergency-ambulance, emergency)");
                    continue;
                }

                why[level] = whySection.Template(name, "reasons");
            }
        }

        foreach (var missing in new[] { TriageLevel.Crisis, TriageLevel.EmergencyAmbulance, TriageLevel.Emergency }.Where(level => !why.ContainsKey(level)))
        {
            latch.Problem($"field 'why' needs '{missing.ContentName()}'");
        }

        var cues = latch.Patterns("letGoCues", [], []);
        Regex? letGo = null;
        try
        {
            letGo = new Regex(
                string.Join('|', cues.Select(cue => $"(?:{cue})")),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking,
                MatchTimeout);
        }
        catch (ArgumentException exception)
        {
            latch.Problem($"field 'letGoCues': {exception.Message}");
        }

        return new LatchWording(latch.Text("repeat"), why, latch.Text("afterwards"), latch.Text("letGo"), letGo);
    }
}
