namespace SpineBot.LoadGenerator.Drivers;

/// <summary>What one turn got back: whether it counts as answered, the bot's reply texts, and why it failed.</summary>
internal sealed record TurnReply(bool Ok, IReadOnlyList<string> Texts, string? Error)
{
    public static TurnReply Answered(IReadOnlyList<string> texts) =>
        texts.Count > 0 ? new TurnReply(true, texts, null) : Failed("no reply");

    public static TurnReply Failed(string error) => new(false, [], error);
}
