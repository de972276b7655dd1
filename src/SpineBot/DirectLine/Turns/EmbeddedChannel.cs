using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SpineBot.Adapter;
using SpineBot.DirectLine.Conversations;
using SpineBot.Hosting;

namespace SpineBot.DirectLine.Turns;

/// <summary>
/// Runs the embedded Direct Line's turns through the bot's own adapter, bot and state, like any other channel:
/// each incoming activity is stamped as Direct Line would (channel, conversation, the token's user, the bot, id,
/// time), echoed into the conversation's log, and processed with expect-replies delivery; the bot's replies are
/// appended to the log after it. Turns of one conversation run one at a time.
/// </summary>
internal sealed partial class EmbeddedChannel(
    SpineBotAdapter adapter,
    IOptions<BotIdentityOptions> identity,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<EmbeddedChannel> logger)
{
    public const string BotName = "SpineBot";

    private const string AnonymousBotId = "spinebot";

    private static readonly TimeSpan TurnWait = TimeSpan.FromSeconds(60);

    private static readonly HashSet<string> UndeliveredTypes =
        new([ActivityTypes.Trace, ActivityTypesEx.InvokeResponse, ActivityTypesEx.Delay], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Tells the bot the user and the bot joined (a conversationUpdate), once per conversation, so it can greet.
    /// </summary>
    /// <returns>True when this call started the conversation; false when it had started already.</returns>
    public async Task<bool> StartAsync(DirectLineConversation conversation, IBot bot, Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);

        if (conversation.Started || !await conversation.Turns.WaitAsync(TurnWait, cancellationToken))
        {
            return false;
        }

        try
        {
            return await StartHeldAsync(conversation, bot, serviceUrl);
        }
        finally
        {
            conversation.Turns.Release();
        }
    }

    /// <summary>
    /// Runs a client's activity as a turn (starting the conversation first if nobody did); the outcome carries the
    /// activity's Direct Line id, or says the conversation was busy or the turn could not run.
    /// </summary>
    public async Task<TurnOutcome> PostAsync(
        DirectLineConversation conversation,
        Activity posted,
        IBot bot,
        Uri serviceUrl,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(posted);

        if (!await conversation.Turns.WaitAsync(TurnWait, cancellationToken))
        {
            return TurnOutcome.Busy;
        }

        try
        {
            await StartHeldAsync(conversation, bot, serviceUrl);

            var incoming = Stamp(posted, conversation, serviceUrl);
            var id = incoming.Type == ActivityTypes.Typing
                ? $"{conversation.Id}|typing"
                : conversation.Log.Append([incoming])[0];
            incoming.Id = id;
            return await RunTurnAsync(conversation, incoming, bot) ? TurnOutcome.Ran(id) : TurnOutcome.Failed;
        }
        finally
        {
            conversation.Turns.Release();
        }
    }

    private async Task<bool> StartHeldAsync(DirectLineConversation conversation, IBot bot, Uri serviceUrl)
    {
        if (!conversation.MarkStarted())
        {
            return false;
        }

        var user = User(conversation);
        var joined = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            MembersAdded = [Bot(), user],
            From = user,
            Locale = conversation.Locale,
        };
        Address(joined, conversation, serviceUrl);
        LogStarted(logger, conversation.Id);
        await RunTurnAsync(conversation, joined, bot);
        return true;
    }

    private Activity Stamp(Activity posted, DirectLineConversation conversation, Uri serviceUrl)
    {
        posted.From = new ChannelAccount(conversation.UserId, posted.From?.Name, RoleTypes.User);
        posted.CallerId = null;
        posted.DeliveryMode = null;
        Address(posted, conversation, serviceUrl);
        return posted;
    }

    private void Address(Activity activity, DirectLineConversation conversation, Uri serviceUrl)
    {
        activity.ChannelId = Channels.Directline;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = Bot();
        activity.ServiceUrl = serviceUrl.AbsoluteUri;
        activity.Timestamp = time.GetUtcNow();
    }

    private async Task<bool> RunTurnAsync(DirectLineConversation conversation, Activity incoming, IBot bot)
    {
        incoming.DeliveryMode = DeliveryModes.ExpectReplies;
        TurnContext? turn = null;
        try
        {
            // CloudAdapterBase (4.23) does not implement the public ProcessActivityAsync(ClaimsIdentity, ...); this
            // public entry runs the same pipeline (middleware, bot, OnTurnError) for an identity it is given, and
            // with expect-replies delivery the turn keeps its replies instead of calling a connector.
            await adapter.ContinueConversationAsync(
                EmbeddedChannelIdentity.For(identity.Value.MicrosoftAppId),
                incoming,
                audience: null,
                (context, cancellationToken) =>
                {
                    turn = context as TurnContext;
                    return bot.OnTurnAsync(context, cancellationToken);
                },
                lifetime.ApplicationStopping);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogTurnNotRun(logger, exception, incoming.Type);
            return false;
        }

        var replies = turn?.BufferedReplyActivities.Where(reply => !UndeliveredTypes.Contains(reply.Type ?? string.Empty)).ToList() ?? [];
        foreach (var reply in replies)
        {
            reply.Timestamp = time.GetUtcNow();
            reply.From = Bot();
            reply.Recipient = User(conversation);
            reply.Conversation = new ConversationAccount(id: conversation.Id);
            reply.ChannelId = Channels.Directline;
        }

        conversation.Log.Append(replies);
        return true;
    }

    private ChannelAccount Bot() => new(
        string.IsNullOrWhiteSpace(identity.Value.MicrosoftAppId) ? AnonymousBotId : identity.Value.MicrosoftAppId,
        BotName,
        RoleTypes.Bot);

    private static ChannelAccount User(DirectLineConversation conversation) => new(conversation.UserId, role: RoleTypes.User);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line conversation {ConversationId} started")]
    private static partial void LogStarted(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Direct Line turn ({ActivityType}) could not run")]
    private static partial void LogTurnNotRun(ILogger logger, Exception exception, string activityType);
}
