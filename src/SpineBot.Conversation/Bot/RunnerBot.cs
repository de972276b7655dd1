using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Content.Commands;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Channels;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Privacy;
using SpineBot.Conversation.Safety;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Welcome;
using SpineBot.Dialogs;
using SpineBot.Triage;

namespace SpineBot.Conversation.Bot;

/// <summary>
/// The runner's bot (Bot Framework's DialogAndWelcomeBot shape). Every message is screened for emergencies before
/// anything else is said, on its raw text (before Teams mentions are removed), with the risk factors remembered from
/// earlier messages: crisis and emergencies are answered here and the advice then holds (SafetyLatch); a doctor-today
/// verdict is answered by the SafetyLatch interruption in whatever dialog state. Then "forget me" is handled, and
/// everything else goes to the <see cref="RunnerDialog"/>.
/// Welcomes a visitor once per conversation. Saves the conversation's state at the end of every turn.
/// </summary>
internal sealed class RunnerBot : ActivityHandler
{
    /// <summary>The event the website's Web Chat widget sends when it opens.</summary>
    public const string WebChatJoinEvent = "webchat/join";

    private readonly ConversationMessages _messages;
    private readonly TriageRules _triage;
    private readonly CommandWords _commands;
    private readonly RunnerDialog _dialog;
    private readonly RunnerWelcome _welcome;
    private readonly EmergencyResponse _emergency;
    private readonly RunnerMemory _memory;
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly ConversationErasure _erasure;

    public RunnerBot(
        ConversationMessages messages,
        TriageRules triage,
        CommandWords commands,
        RunnerDialog dialog,
        RunnerWelcome welcome,
        EmergencyResponse emergency,
        RunnerMemory memory,
        ConversationState conversationState,
        ConversationErasure erasure)
    {
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _triage = triage ?? throw new ArgumentNullException(nameof(triage));
        _commands = commands ?? throw new ArgumentNullException(nameof(commands));
        _dialog = dialog ?? throw new ArgumentNullException(nameof(dialog));
        _welcome = welcome ?? throw new ArgumentNullException(nameof(welcome));
        _emergency = emergency ?? throw new ArgumentNullException(nameof(emergency));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        _erasure = erasure ?? throw new ArgumentNullException(nameof(erasure));
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var raw = IncomingText.From(activity.Text);
        if (raw is null)
        {
            await SayTextOnlyAsync(turnContext, cancellationToken);
            return;
        }

        // Safety first, on the whole message as it came (before mention parsing, which can throw or remove words):
        // whatever is going on, anything that needs a doctor today or sooner is answered before anything else.
        // Risk factors from earlier messages count with this one ("I'm on steroids" ... "I slipped on the trail").
        var safety = await _memory.SafetyAsync(turnContext, cancellationToken);
        var verdict = _triage.RedFlags.Screen(activity.Text, safety.RememberedFactors);
        safety.RememberedFactors = [.. safety.RememberedFactors.Union(verdict.FactorsToRemember, StringComparer.Ordinal)];
        ScreenedTurn.Set(turnContext, verdict, safety);
        if (verdict.IsLatching)
        {
            await _emergency.SendAsync(turnContext, verdict, cancellationToken);
            await _dialogState.DeleteAsync(turnContext, cancellationToken);
            await _memory.ForgetReportAsync(turnContext, cancellationToken);
            return;
        }

        var text = ChannelFeatures.IsTeams(turnContext) ? IncomingText.From(TextWithoutMentions(activity)) : raw;
        if (text is null)
        {
            await SayTextOnlyAsync(turnContext, cancellationToken);
            return;
        }

        activity.Text = text.ForReading;
        if (_commands.Recognize(text.ForReading) == GlobalCommand.ForgetMe)
        {
            await _erasure.ForgetAsync(turnContext, cancellationToken);
            return;
        }

        await _dialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Bot Framework only reports members other than the bot; in a Teams personal chat the bot being added is the
        // user installing or opening it, so that counts as the user joining.
        if (ChannelFeatures.IsTeamsPersonalChat(turnContext) && turnContext.Activity.MembersAdded is { Count: > 0 })
        {
            await _welcome.SendOnceAsync(turnContext, cancellationToken);
            return;
        }

        await base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Called only when someone other than the bot joined. In a team or group chat the bot only hears @mentions
        // and a welcome would go to everyone: the conversation belongs in a personal chat.
        if (!ChannelFeatures.IsTeams(turnContext))
        {
            await _welcome.SendOnceAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnEventAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        if (string.Equals(turnContext.Activity.Name, WebChatJoinEvent, StringComparison.Ordinal))
        {
            await _welcome.SendOnceAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        return response is null || response.Status >= 500 ? InvokeRefusal.For(turnContext.Activity.Name) : response;
    }

    /// <summary>The text without @mentions of the bot; the text as it came when a mention entity is malformed.</summary>
    private static string? TextWithoutMentions(IMessageActivity activity)
    {
        try
        {
            return BotMention.TextWithoutMentions(activity);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidCastException or FormatException or InvalidOperationException)
        {
            return activity.Text;
        }
    }

    private async Task SayTextOnlyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(MessageFactory.Text(_messages.TextOnly), cancellationToken);
        await RepromptAsync(turnContext, cancellationToken);
    }

    /// <summary>Asks the current question again (after a message the bot could not read).</summary>
    private async Task RepromptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await new DialogSet(_dialogState).Add(_dialog).CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is not null && dc.FindDialog(dc.ActiveDialog.Id) is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }
}
