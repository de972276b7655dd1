using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.Adapter;

/// <summary>
/// What the runner is told when a turn fails.
/// </summary>
internal interface ITurnFailureReply
{
    /// <summary>The message for a turn that failed with <paramref name="exception"/>.</summary>
    IActivity For(ITurnContext turnContext, Exception exception);
}
