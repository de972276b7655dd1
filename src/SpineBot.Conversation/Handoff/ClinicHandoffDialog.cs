using Microsoft.Bot.Builder;
using SpineBot.Content.Callback;
using SpineBot.Content.Handoff;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Callback;
using SpineBot.Conversation.Channels;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Turns;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage;
using SpineBot.Triage.Summary;

namespace SpineBot.Conversation.Handoff;

/// <summary>
/// Hands the runner to the clinic: why (when the hand-off rule recommends it), the clinic's card with its number and a
/// tap-to-call button, the <c>handoff.initiate</c> event for channels with live agents, and the offer of a call-back.
/// Starts from the flow when the pain sounds persistent, or from any point when the runner asks.
/// </summary>
internal sealed class ClinicHandoffDialog : RunnerComponentDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "clinicHandoff";

    private const string OfferPromptId = "callbackOffer";
    private const int CallbackChoice = 0;

    private readonly ConversationMessages _messages;
    private readonly TriageRules _triage;
    private readonly CallbackContent _callbackWording;
    private readonly HandoffContent _handoff;
    private readonly ClinicCard _card;
    private readonly CallbackRequestDialog _callback;
    private readonly RunnerMemory _memory;
    private readonly ConversationTelemetry _telemetry;

    public ClinicHandoffDialog(ConversationMessages messages, TriageRules triage, CallbackContent callbackWording, HandoffContent handoff, ClinicCard card, CallbackRequestDialog callback, RunnerMemory memory, ConversationTelemetry telemetry)
        : base(DialogId, telemetry)
    {
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _triage = triage ?? throw new ArgumentNullException(nameof(triage));
        _callbackWording = callbackWording ?? throw new ArgumentNullException(nameof(callbackWording));
        _handoff = handoff ?? throw new ArgumentNullException(nameof(handoff));
        _card = card ?? throw new ArgumentNullException(nameof(card));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        _telemetry = telemetry;
        AddDialog(new WaterfallDialog("handoffSteps", [OfferAsync, AfterOfferAsync, EndAsync]));
        AddDialog(new ChoicePrompt(OfferPromptId, (prompt, _) => Task.FromResult(ThreeMisses.Accept(prompt, prompt.Recognized.Succeeded))));
        AddDialog(callback);
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await _memory.NoteTalkingToClinicAsync(innerDc.Context, true, cancellationToken);
        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    protected override async Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        await _memory.NoteTalkingToClinicAsync(turnContext, false, cancellationToken);
        await base.OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ClinicHandoffOptions>() ?? new ClinicHandoffOptions(HandoffTrigger.Asked, new());
        var wording = _handoff.Wording;
        var assessment = _triage.Handoff.Assess(options.Report);
        if (options.Trigger == HandoffTrigger.Recommended && !options.RecommendationAlreadySaid && _handoff.RecommendationFor(assessment) is { } recommendation)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(MessageText.Sentences(recommendation, wording.LingeringNote)), cancellationToken);
        }

        var cardText = options.Trigger == HandoffTrigger.Recommended ? wording.Offer : wording.Contact;
        await step.Context.SendActivityAsync(_card.Create(step.Context, cardText), cancellationToken);

        var trigger = TriggerName(options.Trigger);
        if (ChannelFeatures.AcceptsHandoffEvents(step.Context))
        {
            var summary = TriageSummaryBuilder.Build(options.Report, _triage.Causes.Rank(options.Report), assessment);
            var (level, reasons) = HandoffLevel.Of(await _memory.SafetyAsync(step.Context, cancellationToken), assessment, options.Trigger);
            await step.Context.SendActivityAsync(ClinicHandoffEvent.Create(step.Context, new HandoffContext(trigger, summary, level, reasons)), cancellationToken);
        }

        var reason = options.Trigger == HandoffTrigger.Recommended && assessment.ReasonIds is [var first, ..] ? first : trigger;
        TurnOutbox.CountAfterSave(step.Context, () => _telemetry.HandedOff(reason));

        var callback = _callbackWording;
        var offer = new PromptOptions
        {
            Prompt = MessageFactory.Text(callback.Offer),
            RetryPrompt = MessageFactory.Text(MessageText.Sentences(_messages.NotUnderstoodAfter(1), callback.Offer)),
            Choices = QuestionPrompts.YesNoButtons(wording.CallbackButton, wording.NoThanksButton, callback.ConsentChoices),
        };
        return await step.PromptAsync(OfferPromptId, offer, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterOfferAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result)
        {
            case FoundChoice { Index: CallbackChoice }:
                var options = step.GetOptions<ClinicHandoffOptions>();
                return await step.BeginDialogAsync(_callback.Id, options?.Report ?? new(), cancellationToken);
            case FoundChoice:
                await step.Context.SendActivityAsync(MessageFactory.Text(_callbackWording.Declined), cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            default:
                await step.Context.SendActivityAsync(MessageFactory.Text(_messages.TooManyMisses), cancellationToken);
                return await step.NextAsync(null, cancellationToken);
        }
    }

    private Task<DialogTurnResult> EndAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.EndDialogAsync(null, cancellationToken);

    private static string TriggerName(HandoffTrigger trigger) => trigger switch
    {
        HandoffTrigger.Recommended => "recommended",
        HandoffTrigger.SafetyUnsure => "safety-unsure",
        HandoffTrigger.CareToday => "care-today",
        _ => "asked",
    };
}
