using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SpineBot.Dialogs;

namespace SpineBot.Conversation.Languages;

/// <summary>
/// The bot the host runs: picks the conversation's language for every activity (<see cref="LanguageChoice"/>), keeps it
/// in ConversationState, and hands the turn to that language's <see cref="Bot.RunnerBot"/>. Every language's red-flag
/// screen reads every language's rules, so a warning sign is caught whatever language it is written in; the reply is
/// in the conversation's language. A requested switch answers with one line and asks the pending question again in the
/// new language; a switch because of the runner's words says so in one line and goes on with the message.
/// </summary>
internal sealed class MultilingualRunnerBot : IBot
{
    private readonly LanguageConversations _languages;
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<ConversationLanguage> _language;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly PromptWording _wording;

    public MultilingualRunnerBot(LanguageConversations languages, ConversationState conversationState)
    {
        _languages = languages ?? throw new ArgumentNullException(nameof(languages));
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _language = conversationState.CreateProperty<ConversationLanguage>(nameof(ConversationLanguage));
        _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        _wording = new PromptWording(languages.Languages.All);
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var remembered = await _language.GetAsync(turnContext, () => new ConversationLanguage(), cancellationToken) ?? new ConversationLanguage();
        var text = activity.Type == ActivityTypes.Message ? activity.Text : null;
        var change = LanguageChoice.Choose(remembered, LocaleOf(activity), text, _languages.IsAvailable, _languages.DefaultLanguage);
        await _language.SetAsync(turnContext, remembered, cancellationToken);
        var conversation = _languages.For(remembered.Language);
        var language = conversation.Content.Language;

        // Questions asked before a switch are stored in the dialog state in the old language: send them in this one.
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            foreach (var sent in activities)
            {
                Translate(sent, language);
            }

            return await next().ConfigureAwait(false);
        });

        if (change == LanguageSwitch.LateLocale)
        {
            await conversation.Memory.ForgetWelcomeAsync(turnContext, cancellationToken);
        }

        if (change == LanguageSwitch.OnRequest)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(conversation.Content.Messages.SwitchedOnRequest), cancellationToken);
            await AskAgainAsync(turnContext, conversation, cancellationToken);
            await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
            return;
        }

        if (change == LanguageSwitch.ByWords && !conversation.Content.Triage.RedFlags.Screen(text).NeedsCareToday)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(conversation.Content.Messages.SwitchedByWords), cancellationToken);
            change = LanguageSwitch.None;
        }

        await conversation.Bot.OnTurnAsync(turnContext, cancellationToken);
        if (change == LanguageSwitch.ByWords)
        {
            // The advice for a warning sign goes first; the line about the language after it.
            await turnContext.SendActivityAsync(MessageFactory.Text(conversation.Content.Messages.SwitchedByWords), cancellationToken);
        }
    }

    /// <summary>
    /// The activity's locale; for the widget's join event, which carries it in its value ({ "locale": "es-US",
    /// "language": "es-US" }) rather than on the activity, that one.
    /// </summary>
    private static string? LocaleOf(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Locale))
        {
            return activity.Locale;
        }

        if (activity.Type != ActivityTypes.Event || activity.Name != Bot.RunnerBot.WebChatJoinEvent || activity.Value is null)
        {
            return null;
        }

        var value = activity.Value as JObject ?? (activity.Value is string ? null : TryJObject(activity.Value));
        var locale = value?["locale"] ?? value?["language"];
        return locale?.Type == JTokenType.String ? locale.Value<string>() : null;
    }

    private static JObject? TryJObject(object value)
    {
        try
        {
            return JObject.FromObject(value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private async Task AskAgainAsync(ITurnContext turnContext, LanguageConversation conversation, CancellationToken cancellationToken)
    {
        var dc = await new DialogSet(_dialogState).Add(conversation.Dialog).CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is not null && dc.FindDialog(dc.ActiveDialog.Id) is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    private void Translate(Activity activity, string language)
    {
        if (activity.Text is { } text)
        {
            activity.Text = _wording.In(language, text);
        }

        foreach (var action in activity.SuggestedActions?.Actions ?? [])
        {
            if (action.Title is { } title)
            {
                var translated = _wording.In(language, title);
                if (action.Value is string value && value == title)
                {
                    action.Value = translated;
                }

                action.Title = translated;
            }
        }
    }
}
