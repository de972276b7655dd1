using SpineBot.Conversation.Records;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SpineBot.Adapter;

/// <summary>
/// The bot's <see cref="CloudAdapter"/>: when a turn fails it logs the error (never the message text), tells the
/// runner in plain words, clears the conversation's dialog state so the next message starts clean (except when the
/// store is down or reading the message timed out: then the runner keeps their place), and shows the
/// exception detail as a trace activity in the Emulator only.
/// </summary>
internal sealed partial class SpineBotAdapter : CloudAdapter
{
    public SpineBotAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        ITurnFailureReply failureReply,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        ILogger<SpineBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(failureReply);
        ArgumentNullException.ThrowIfNull(middleware);

        foreach (var step in middleware)
        {
            Use(step);
        }

        OnTurnError = async (turnContext, exception) =>
        {
            LogTurnFailed(logger, exception, turnContext.Activity.ChannelId, turnContext.Activity.Type);

            await TrySendAsync(turnContext, failureReply.For(turnContext, exception), logger);

            if (turnContext.Activity.ChannelId == Channels.Emulator)
            {
                var trace = Activity.CreateTraceActivity(
                    "OnTurnError Trace",
                    "https://www.botframework.com/schemas/error",
                    exception.ToString(),
                    "TurnError");
                await TrySendAsync(turnContext, trace, logger);
            }

            // A store that is down keeps the conversation as it was, to resume when it is back; so does a message
            // whose reading timed out (nothing was saved: the runner answers the same question again). Any other
            // failure clears the dialog state so that the next message starts clean.
            if (exception is StorageUnavailableException or RegexMatchTimeoutException)
            {
                return;
            }

            try
            {
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception deleteFailure) when (deleteFailure is not OperationCanceledException)
            {
                LogStateNotCleared(logger, deleteFailure);
            }
        };
    }

    /// <summary>
    /// Runs one incoming activity through authentication, the bot and its middleware.
    /// </summary>
    /// <returns>The invoke or expect-replies response to write, or null for a plain 200.</returns>
    public Task<InvokeResponse> ProcessIncomingAsync(string authHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        return ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed on channel {ChannelId} ({ActivityType})")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string channelId, string activityType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not clear the conversation state after a failed turn")]
    private static partial void LogStateNotCleared(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not tell the user that the turn failed")]
    private static partial void LogReplyNotSent(ILogger logger, Exception exception);

    private static async Task TrySendAsync(ITurnContext turnContext, IActivity? activity, ILogger logger)
    {
        if (activity is null)
        {
            return;
        }

        try
        {
            await turnContext.SendActivityAsync(activity);
        }
        catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
        {
            LogReplyNotSent(logger, sendFailure);
        }
    }
}
