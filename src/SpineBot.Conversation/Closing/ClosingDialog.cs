using SpineBot.Conversation.Records;
using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using SpineBot.Content.Callback;
using SpineBot.Content.Messages;
using SpineBot.Content.Summary;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Turns;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Summary;

namespace SpineBot.Conversation.Closing;

/// <summary>
/// The end of the conversation: a short summary of what the runner said, "was this helpful?" (kept as feedback), a
/// goodbye and the offer to start again.
/// </summary>
internal sealed partial class ClosingDialog : RunnerComponentDialog
{
    private const string FeedbackPromptId = "feedback";
    private const int HelpfulChoice = 0;

    private readonly ConversationMessages _messages;
    private readonly TriageRules _triage;
    private readonly CallbackContent _callback;
    private readonly SummaryWriter _summaryWriter;
    private readonly IFeedbackStore _feedback;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ClosingDialog> _logger;

    public ClosingDialog(ConversationMessages messages, TriageRules triage, CallbackContent callback, SummaryWriter summaryWriter, IFeedbackStore feedback, TimeProvider timeProvider, ConversationTelemetry telemetry, ILogger<ClosingDialog> logger)
        : base("closing", telemetry)
    {
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _triage = triage ?? throw new ArgumentNullException(nameof(triage));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
        _summaryWriter = summaryWriter ?? throw new ArgumentNullException(nameof(summaryWriter));
        _feedback = feedback ?? throw new ArgumentNullException(nameof(feedback));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        AddDialog(new WaterfallDialog("closingSteps", [SummarizeAsync, ThankAsync]));
        AddDialog(new ChoicePrompt(FeedbackPromptId, (prompt, _) => Task.FromResult(ThreeMisses.Accept(prompt, prompt.Recognized.Succeeded))));
    }

    private async Task<DialogTurnResult> SummarizeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = step.GetOptions<RunnerReport>() ?? new RunnerReport();
        var triage = _triage;
        var causes = Safety.ScreenedTurn.AllowsCauseExplanation(step.Context) ? triage.Causes.Rank(report) : [];
        var lines = _summaryWriter.Write(TriageSummaryBuilder.Build(report, causes, triage.Handoff.Assess(report)));
        await step.Context.SendActivityAsync(MessageFactory.Text(MessageText.List(lines[0], lines.Skip(1))), cancellationToken);

        var feedback = _messages.Feedback;
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text(feedback.Question),
            RetryPrompt = MessageFactory.Text(MessageText.Sentences(_messages.NotUnderstoodAfter(1), feedback.Question)),
            Choices = QuestionPrompts.YesNoButtons(feedback.Yes, feedback.No, _callback.ConsentChoices),
        };
        return await step.PromptAsync(FeedbackPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ThankAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var messages = _messages;
        if (step.Result is FoundChoice answer && !ThreeMisses.GaveUp(step.Context))
        {
            var helpful = answer.Index == HelpfulChoice;
            await TurnOutbox.DoAfterSaveAsync(step.Context, token => RecordAsync(FeedbackFrom(step, helpful), token), cancellationToken);
            await step.Context.SendActivityAsync(MessageFactory.Text(helpful ? messages.Feedback.ThanksYes : messages.Feedback.ThanksNo), cancellationToken);
        }
        else
        {
            // Three answers the bot could not understand: no feedback is kept, and the clinic's number is given.
            await step.Context.SendActivityAsync(MessageFactory.Text(messages.TooManyMisses), cancellationToken);
        }

        var goodbye = MessageFactory.SuggestedActions([messages.StartAgainButton], MessageText.Sentences(messages.Goodbye, messages.StartAgainOffer), ssml: null, inputHint: null, toList: null);
        await step.Context.SendActivityAsync(goodbye, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private FeedbackEntry FeedbackFrom(WaterfallStepContext step, bool helpful)
    {
        var report = step.GetOptions<RunnerReport>() ?? new RunnerReport();
        return new FeedbackEntry(
            RandomNumberGenerator.GetHexString(32, lowercase: true),
            step.Context.Activity.Conversation?.Id ?? string.Empty,
            helpful,
            _triage.Causes.Rank(report) is [var top, ..] ? top.CauseId : null,
            _timeProvider.GetUtcNow());
    }

    private async Task<IActivity?> RecordAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await _feedback.AddAsync(entry, cancellationToken);
        }
        catch (StorageUnavailableException exception)
        {
            // Feedback is a nicety: the runner is thanked all the same.
            LogNotRecorded(_logger, exception);
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception);
}
