namespace SpineBot.Storage.Transcripts;

/// <summary>
/// One activity of a conversation as kept for quality review: who sent it, when, and its text with phone numbers,
/// e-mail addresses and names redacted. Names, account ids, card contents and submitted values are never kept.
/// </summary>
/// <param name="ConversationId">The conversation the activity belongs to.</param>
/// <param name="ChannelId">The channel (webchat, msteams, emulator...).</param>
/// <param name="Type">The activity type (message, conversationUpdate, event...).</param>
/// <param name="Role">"user" for the runner, "bot" for SpineBot.</param>
/// <param name="Text">The redacted text; null when the activity had none.</param>
/// <param name="AttachmentTypes">The content types of the activity's attachments (for example a hero card).</param>
/// <param name="Timestamp">When the activity was logged.</param>
internal sealed record TranscriptEntry(
    string ConversationId,
    string ChannelId,
    string Type,
    string Role,
    string? Text,
    IReadOnlyList<string> AttachmentTypes,
    DateTimeOffset Timestamp);
