using SpineBot.Content.Templates;
using SpineBot.Triage.RedFlags;

namespace SpineBot.Content.RedFlags;

/// <summary>The warning signs' wording and the emergency messages (red-flags.json).</summary>
public sealed class RedFlagContent
{
    private readonly ListWording _lists;

    internal RedFlagContent(
        IReadOnlyDictionary<string, string> descriptions,
        EmergencyMessages emergency,
        SafetyCheckQuestion? safetyCheck,
        ListWording lists)
    {
        Descriptions = descriptions;
        Emergency = emergency;
        SafetyCheck = safetyCheck;
        _lists = lists;
    }

    /// <summary>Each warning sign's description for the runner, by flag id.</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; }

    /// <summary>The emergency wording.</summary>
    public EmergencyMessages Emergency { get; }

    /// <summary>The yes/no safety check, if the content has one.</summary>
    public SafetyCheckQuestion? SafetyCheck { get; }

    /// <summary>
    /// The emergency message for a verdict: "You mentioned a fever and numbness in both legs. ..." followed by the
    /// action ("Please call 911 ..."). Without flags (a "yes" to the safety check) the screening wording is used.
    /// </summary>
    public string MessageFor(RedFlagVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var described = verdict.FlagIds.Select(id => Descriptions.GetValueOrDefault(id)).OfType<string>().ToList();
        var opening = described.Count == 0 ? Emergency.ScreeningMessage : Emergency.Message.Render("flags", _lists.Join(described));
        return $"{opening} {Emergency.Action}";
    }
}
