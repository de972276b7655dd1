using Microsoft.Bot.Builder;

namespace SpineBot.Conversation.Wording;

/// <summary>The runner's "today", for reading "since Saturday": the bot's clock in the runner's time zone when known.</summary>
internal static class RunnerClock
{
    public static DateOnly Today(ITurnContext turnContext, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var now = timeProvider.GetUtcNow();
        if (turnContext.Activity?.LocalTimestamp is { } local)
        {
            now = now.ToOffset(local.Offset);
        }

        return DateOnly.FromDateTime(now.DateTime);
    }
}
