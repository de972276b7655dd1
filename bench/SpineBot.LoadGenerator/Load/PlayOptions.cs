namespace SpineBot.LoadGenerator.Load;

/// <summary>How a virtual runner plays: pauses between turns, and how many turns at most per conversation.</summary>
/// <param name="MinThink">The shortest pause before each message (zero: a closed loop that sends as fast as the bot answers).</param>
/// <param name="MaxThink">The longest pause; each pause is drawn evenly between the two.</param>
/// <param name="MaxTurns">Turns after which a conversation stops (the join counts as one).</param>
/// <param name="MaxRepeats">How often the same question may be asked in a row before the conversation counts as stuck.</param>
internal sealed record PlayOptions(TimeSpan MinThink, TimeSpan MaxThink, int MaxTurns = 40, int MaxRepeats = 3)
{
    public static PlayOptions ClosedLoop(int maxTurns = 40) => new(TimeSpan.Zero, TimeSpan.Zero, maxTurns);

    public bool Thinks => MaxThink > TimeSpan.Zero;
}
