namespace SpineBot.Triage.RedFlags;

/// <summary>The result of screening one message for warning signs.</summary>
/// <param name="FlagIds">The ids of the warning signs found, in rule order; empty when none.</param>
public sealed record RedFlagVerdict(IReadOnlyList<string> FlagIds)
{
    /// <summary>A verdict with no warning signs.</summary>
    public static RedFlagVerdict None { get; } = new RedFlagVerdict([]);

    /// <summary>Whether the runner should be told to call 911 or go to the emergency room now.</summary>
    public bool IsEmergency => FlagIds.Count > 0;
}
