using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.Conversation.Handoff;

/// <summary>
/// The Bot Framework hand-off event: an event activity named <c>handoff.initiate</c> whose value carries the
/// <see cref="HandoffContext"/>, so a channel with live agents can take the conversation over.
/// </summary>
internal static class ClinicHandoffEvent
{
    /// <summary>The event's name.</summary>
    public const string Name = HandoffEventNames.InitiateHandoff;

    public static IEventActivity Create(ITurnContext turnContext, HandoffContext context)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(context);
        var handoff = Activity.CreateEventActivity();
        handoff.Name = Name;
        handoff.Value = context;
        handoff.RelatesTo = turnContext.Activity.GetConversationReference();
        return handoff;
    }
}
