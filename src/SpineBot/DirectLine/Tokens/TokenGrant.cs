namespace SpineBot.DirectLine.Tokens;

/// <summary>
/// What a token lets its holder do: act as <paramref name="UserId"/> in <paramref name="ConversationId"/> until
/// <paramref name="ExpiresAt"/>.
/// </summary>
internal sealed record TokenGrant(string ConversationId, string UserId, DateTimeOffset ExpiresAt)
{
    /// <summary>Seconds left at <paramref name="now"/>, to the nearest second, as Direct Line's <c>expires_in</c>.</summary>
    public int SecondsLeft(DateTimeOffset now) => (int)Math.Max(0, Math.Round((ExpiresAt - now).TotalSeconds));
}
