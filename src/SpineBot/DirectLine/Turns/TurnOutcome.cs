namespace SpineBot.DirectLine.Turns;

/// <summary>What became of a client's activity: the id it got, or why it did not run.</summary>
internal sealed record TurnOutcome(string? ActivityId, bool IsBusy)
{
    public static readonly TurnOutcome Busy = new(null, true);

    public static readonly TurnOutcome Failed = new(null, false);

    public static TurnOutcome Ran(string activityId) => new(activityId, false);
}
