using Microsoft.Bot.Schema;

namespace SpineBot.Messages;

/// <summary>
/// The fields without which the adapter cannot route an activity or answer it.
/// </summary>
internal static class ActivityShape
{
    /// <summary>Returns why the activity cannot be processed, or null when it can.</summary>
    public static string? FindProblem(Activity? activity)
    {
        if (activity is null)
        {
            return "The body must be an activity object.";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no 'from.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }

        if (activity.MembersAdded?.Any(member => string.IsNullOrWhiteSpace(member?.Id)) == true)
        {
            return "Every entry of 'membersAdded' needs an 'id'.";
        }

        if (activity.MembersRemoved?.Any(member => string.IsNullOrWhiteSpace(member?.Id)) == true)
        {
            return "Every entry of 'membersRemoved' needs an 'id'.";
        }

        return null;
    }
}
