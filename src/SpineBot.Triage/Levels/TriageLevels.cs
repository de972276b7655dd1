namespace SpineBot.Triage.Levels;

/// <summary>The content names of the triage levels and what each level means for the conversation.</summary>
public static class TriageLevels
{
    private static readonly (TriageLevel Level, string Name)[] Names =
    [
        (TriageLevel.SelfCare, "self-care"),
        (TriageLevel.Consultation, "consultation"),
        (TriageLevel.Consultation24h, "consultation-24h"),
        (TriageLevel.Emergency, "emergency"),
        (TriageLevel.EmergencyAmbulance, "emergency-ambulance"),
        (TriageLevel.Crisis, "crisis"),
    ];

    /// <summary>Every level's content name, least urgent first.</summary>
    public static IReadOnlyList<string> AllNames { get; } = Names.Select(pair => pair.Name).ToList();

    /// <summary>The level's name in content files ("consultation-24h").</summary>
    public static string ContentName(this TriageLevel level) =>
        Names.FirstOrDefault(pair => pair.Level == level).Name ?? throw new ArgumentOutOfRangeException(nameof(level));

    /// <summary>Reads a level's content name; <c>false</c> for anything else.</summary>
    public static bool TryParse(string? name, out TriageLevel level)
    {
        foreach (var pair in Names)
        {
            if (string.Equals(pair.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                level = pair.Level;
                return true;
            }
        }

        level = TriageLevel.SelfCare;
        return false;
    }

    /// <summary>
    /// Whether the safety latch holds at this level: after crisis or emergency advice, pushback gets the advice again
    /// rather than questions or self-care.
    /// </summary>
    public static bool IsLatching(this TriageLevel level) => level >= TriageLevel.Emergency;
}
