namespace SpineBot.Conversation.Records;

/// <summary>
/// The transcripts kept for quality review, as seen by "forget me": a conversation's lines can be deleted.
/// </summary>
public interface IConversationTranscripts
{
    /// <summary>Deletes every transcript line of a conversation; returns how many were deleted.</summary>
    Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default);
}
