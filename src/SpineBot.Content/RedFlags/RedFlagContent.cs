using SpineBot.Content.Templates;
using SpineBot.Triage.Levels;
using SpineBot.Triage.RedFlags;

namespace SpineBot.Content.RedFlags;

/// <summary>The warning signs' wording, their sources, what each triage level says, and the emergency messages (red-flags.json).</summary>
public sealed class RedFlagContent
{
    private readonly ListWording _lists;

    internal RedFlagContent(RedFlagsFileContent file, ListWording lists)
    {
        Descriptions = file.Descriptions;
        Sources = file.Sources;
        Levels = file.Levels;
        Emergency = file.Emergency;
        SafetyCheck = file.SafetyCheck;
        Latch = file.Latch;
        _lists = lists;
    }

    /// <summary>Each warning sign's, risk factor's and combination's description for the runner, by id.</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; }

    /// <summary>The clinical sources the rules follow: id to full citation title.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>What each level above self-care says.</summary>
    public IReadOnlyDictionary<TriageLevel, LevelWording> Levels { get; }

    /// <summary>The emergency wording (used for a "yes" at the safety check).</summary>
    public EmergencyMessages Emergency { get; }

    /// <summary>The yes/no safety check, if the content has one.</summary>
    public SafetyCheckQuestion? SafetyCheck { get; }

    /// <summary>What the bot says while an emergency or crisis advice holds, if the content has it.</summary>
    public LatchWording? Latch { get; }

    /// <summary>The wording of a level; self-care (which has none) gets the consultation wording.</summary>
    public LevelWording WordingFor(TriageLevel level) =>
        Levels.TryGetValue(level, out var wording) ? wording : Levels[TriageLevel.Consultation];

    /// <summary>
    /// The advice for a verdict in the words of its level: "You mentioned chest pain or pressure. ..." followed by the
    /// action ("Please call 911 now. Don't drive yourself."). Without findings (a "yes" to the safety check) the
    /// screening wording and the emergency action are used.
    /// </summary>
    public string MessageFor(RedFlagVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Findings.Count == 0)
        {
            return $"{Emergency.ScreeningMessage} {Emergency.Action}";
        }

        var wording = WordingFor(verdict.Level);
        var reasons = _lists.Join(verdict.Findings.Select(finding => finding.Description).Distinct().ToList());
        return $"{wording.Message.Render("reasons", reasons)} {wording.Action}";
    }
}
