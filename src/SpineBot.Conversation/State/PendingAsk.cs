namespace SpineBot.Conversation.State;

/// <summary>What the bot waits for besides a content question (whose id is used as is).</summary>
internal static class PendingAsk
{
    /// <summary>The open question: the runner's story.</summary>
    public const string Story = "@story";

    /// <summary>The safety check (any warning signs?).</summary>
    public const string SafetyCheck = "@safety";

    /// <summary>The persistent-pain choice: cause questions or the clinic's number.</summary>
    public const string PersistentChoice = "@persistent";
}
