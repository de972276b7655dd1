using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace SpineBot.Conversation.Telemetry;

/// <summary>
/// Bot Framework middleware that traces every turn as a span and counts turns, their latency and failures.
/// </summary>
public sealed class TurnTelemetryMiddleware(ConversationTelemetry telemetry, TimeProvider timeProvider) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        var channelId = turnContext.Activity.ChannelId ?? "unknown";
        var activityType = turnContext.Activity.Type ?? "unknown";
        using var span = ConversationTelemetry.Traces.StartActivity("bot turn", ActivityKind.Server);
        span?.SetTag("bot.channel", channelId);
        span?.SetTag("bot.activity.type", activityType);

        var started = timeProvider.GetTimestamp();
        try
        {
            await next(cancellationToken);
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            telemetry.TurnFailed(channelId, exception.GetType().Name);
            throw;
        }
        finally
        {
            telemetry.TurnCompleted(channelId, activityType, timeProvider.GetElapsedTime(started));
        }
    }
}
