namespace SpineBot.Conversation.Privacy;

/// <summary>What "forget me" deleted besides the conversation and user state.</summary>
/// <param name="CallbackRequests">How many call-back requests were deleted.</param>
/// <param name="CallbackAlreadyDone">Whether staff had already marked one of them done.</param>
/// <param name="Feedback">How many "was this helpful?" answers were deleted.</param>
/// <param name="TranscriptLines">How many transcript lines were deleted.</param>
/// <param name="ChatHistory">Whether a channel's copy of the messages was deleted.</param>
internal sealed record ErasureReport(int CallbackRequests, bool CallbackAlreadyDone, int Feedback, int TranscriptLines, bool ChatHistory);
