using System.Text.RegularExpressions;
using SpineBot.Content.Loading;
using SpineBot.Content.Templates;
using SpineBot.Triage.Levels;

namespace SpineBot.Content.RedFlags;

/// <summary>Checks red-flags.json "latch": the wording while an emergency or crisis advice holds, and its let-go cues.</summary>
internal static class LatchSection
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public static LatchWording Read(LatchJson json, ContentEntry latch)
    {
        var why = new Dictionary<TriageLevel, MessageTemplate>();
        if (latch.Section(json.Why, "why", "latch why") is { } whySection)
        {
            foreach (var (name, text) in json.Why!)
            {
                if (!TriageLevels.TryParse(name, out var level) || !level.IsLatching())
                {
                    whySection.Problem($"'{name}' is no level the latch holds (crisis, emergency-ambulance, emergency)");
                    continue;
                }

                why[level] = whySection.Template(text, name, "reasons");
            }
        }

        foreach (var missing in new[] { TriageLevel.Crisis, TriageLevel.EmergencyAmbulance, TriageLevel.Emergency }.Where(level => !why.ContainsKey(level)))
        {
            latch.Problem($"field 'why' needs '{missing.ContentName()}'");
        }

        var cues = latch.Patterns(json.LetGoCues, "letGoCues", [], []);
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

        return new LatchWording(latch.Text(json.Repeat, "repeat"), why, latch.Text(json.Afterwards, "afterwards"), latch.Text(json.LetGo, "letGo"), letGo);
    }
}
