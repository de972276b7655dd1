namespace SpineBot.Triage.Story;

/// <summary>Something the runner said, and where they said it, so the last mention can win.</summary>
/// <param name="Value">What the mention means.</param>
/// <param name="Order">The clause it was found in.</param>
/// <param name="Index">Where it starts in the clause.</param>
/// <param name="End">Where it ends in the clause.</param>
/// <param name="Phrase">The runner's words worth keeping, if any.</param>
internal readonly record struct Mention<T>(T Value, int Order, int Index, int End, string? Phrase)
{
    /// <summary>
    /// Whether this mention wins over <paramref name="other"/>: it ends later in the message, or ends at the same
    /// place and is the longer, more specific phrase ("avoid hills" over "hills").
    /// </summary>
    public bool IsAfter(Mention<T>? other) =>
        other is not { } earlier
        || Order > earlier.Order
        || (Order == earlier.Order && (End > earlier.End || (End == earlier.End && Index <= earlier.Index)));
}
