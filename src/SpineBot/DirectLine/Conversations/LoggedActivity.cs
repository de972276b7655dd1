namespace SpineBot.DirectLine.Conversations;

/// <summary>One activity of a conversation as clients read it: its position, type and JSON.</summary>
internal sealed record LoggedActivity(long Sequence, string Type, string Json);
