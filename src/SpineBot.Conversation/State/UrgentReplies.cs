using Microsoft.Bot.Builder;

namespace SpineBot.Conversation.State;

/// <summary>
/// Marks a turn that told the runner to get urgent care. If such a turn then fails (its state could not be saved),
/// its replies are still delivered: an emergency warning is never held back. Any other failed turn's replies are
/// dropped, so the runner is not asked a next question the bot has not remembered.
/// </summary>
internal static class UrgentReplies
{
    private const string Key = "SpineBot.UrgentRepliesSent";

    public static void MarkSent(ITurnContext turnContext) => turnContext.TurnState[Key] = true;

    public static bool WereSent(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(Key);
}
