using SpineBot.Conversation.Records;
using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using SpineBot.Content.Callback;
using SpineBot.Content.Messages;
using SpineBot.Content.Summary;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Handoff;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Turns;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage;
using SpineBot.Triage.Reports;
using SpineBot.Triage.Summary;

namespace SpineBot.Conversation.Callback;

/// <summary>
/// Records a call-back request for the clinic: name, US phone number (asked again politely until it is valid), best
/// time, then the consent text and an explicit yes. Only then is the request stored, with a random id, the time and a
/// short summary of the runner's answers. Gives the clinic's number instead after three answers it cannot use.
/// </summary>
internal sealed partial class CallbackRequestDialog : RunnerComponentDialog
{
    private const string NamePromptId = "callbackName";
    private const string PhonePromptId = "callbackPhone";
    private const string BestTimePromptId = "callbackBestTime";
    private const string ConsentPromptId = "callbackConsent";
    private const string NameKey = "name";
    private const string PhoneKey = "phone";
    private const string BestTimeKey = "bestTime";

    private readonly ConversationMessages _messages;
    private readonly TriageRules _triage;
    private readonly CallbackContent _callback;
    private readonly SummaryWriter _summaryWriter;
    private readonly ICallbackRequestStore _requests;
    private readonly TimeProvider _timeProvider;
    private readonly ConversationTelemetry _telemetry;
    private readonly ILogger<CallbackRequestDialog> _logger;

    public CallbackRequestDialog(
        ConversationMessages messages,
        TriageRules triage,
        CallbackContent callback,
        SummaryWriter summaryWriter,
        ICallbackRequestStore requests,
        TimeProvider timeProvider,
        ConversationTelemetry telemetry,
        ILogger<CallbackRequestDialog> logger)
        : base("callbackRequest", telemetry)
    {
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _triage = triage ?? throw new ArgumentNullException(nameof(triage));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
        _summaryWriter = summaryWriter ?? throw new ArgumentNullException(nameof(summaryWriter));
        _requests = requests ?? throw new ArgumentNullException(nameof(requests));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _telemetry = telemetry;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        AddDialog(new WaterfallDialog("callbackSteps", [AskNameAsync, AskPhoneAsync, AskBestTimeAsync, AskConsentAsync, RecordAsync]));
        AddDialog(new TextPrompt(NamePromptId, (prompt, _) => Task.FromResult(ThreeMisses.Accept(prompt, RunnerName.Read(prompt.Recognized.Value) is not null))));
        AddDialog(new TextPrompt(PhonePromptId, (prompt, _) => Task.FromResult(ThreeMisses.Accept(prompt, UsPhoneNumber.Read(prompt.Recognized.Value) is not null))));
        AddDialog(new ChoicePrompt(BestTimePromptId, (prompt, _) => Task.FromResult(ThreeMisses.Accept(prompt, ChosenAnswer.From(_callback.BestTimeChoices, prompt.Context.Activity.Text, prompt.Recognized.Value) is not null))));
        AddDialog(new ChoicePrompt(ConsentPromptId, (prompt, _) => Task.FromResult(ThreeMisses.Accept(prompt, ChosenAnswer.From(_callback.ConsentChoices, prompt.Context.Activity.Text, prompt.Recognized.Value) is not null))));
    }

    private Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var callback = _callback;
        var options = new PromptOptions { Prompt = MessageFactory.Text(callback.NamePrompt), RetryPrompt = MessageFactory.Text(callback.NameRetry) };
        return step.PromptAsync(NamePromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (RunnerName.Read(step.Result as string) is not { } name)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.Values[NameKey] = name;
        var callback = _callback;
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text(callback.PhonePrompt.Render("name", name)),
            RetryPrompt = MessageFactory.Text(callback.PhoneRetry),
        };
        return await step.PromptAsync(PhonePromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskBestTimeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (UsPhoneNumber.Read(step.Result as string) is not { } phone)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.Values[PhoneKey] = phone;
        var callback = _callback;
        var options = QuestionPrompts.Choosing(callback.BestTimePrompt, callback.BestTimeRetry, callback.BestTimeChoices);
        return await step.PromptAsync(BestTimePromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (ChosenAnswer.From(_callback.BestTimeChoices, step.Context.Activity.Text, step.Result) is not { } bestTime)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.Values[BestTimeKey] = bestTime.Title;
        var callback = _callback;
        await step.Context.SendActivityAsync(MessageFactory.Text(callback.Consent), cancellationToken);
        var options = QuestionPrompts.Choosing(callback.ConsentPrompt, callback.ConsentRetry, callback.ConsentChoices);
        return await step.PromptAsync(ConsentPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var consent = ChosenAnswer.From(_callback.ConsentChoices, step.Context.Activity.Text, step.Result);
        if (consent is null)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        if (consent.Value != ReportSlots.Yes)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_callback.Declined), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var name = step.Values.GetValue<string>(NameKey) ?? string.Empty;
        var phone = step.Values.GetValue<string>(PhoneKey) ?? string.Empty;
        var bestTime = step.Values.GetValue<string>(BestTimeKey) ?? string.Empty;
        var request = new CallbackRequest(
            RandomNumberGenerator.GetHexString(32, lowercase: true),
            step.Context.Activity.Conversation?.Id ?? string.Empty,
            name,
            phone,
            bestTime,
            Summarize(step.GetOptions<RunnerReport>() ?? new RunnerReport()),
            _timeProvider.GetUtcNow());
        var (level, reasons) = HandoffLevel.Of(
            Safety.ScreenedTurn.Record(step.Context), _triage.Handoff.Assess(step.GetOptions<RunnerReport>() ?? new RunnerReport()), HandoffTrigger.Asked);
        request = request with { Level = level, Reasons = string.Join(',', reasons) };
        var confirmation = _callback.Confirmation.Render(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = name,
            ["phone"] = phone,
            ["bestTime"] = bestTime,
        });

        // Stored once the turn's state is saved (a turn retried after a conflict records it once); the confirmation
        // is only said when the request was kept.
        await TurnOutbox.DoAfterSaveAsync(step.Context, token => StoreAsync(request, confirmation, token), cancellationToken);
        return await step.EndDialogAsync(request.Id, cancellationToken);
    }

    private async Task<IActivity?> StoreAsync(CallbackRequest request, string confirmation, CancellationToken cancellationToken)
    {
        try
        {
            await _requests.AddAsync(request, cancellationToken);
        }
        catch (StorageUnavailableException exception)
        {
            LogNotRecorded(_logger, exception);
            return MessageFactory.Text(_messages.StorageUnavailable);
        }

        _telemetry.CallbackRequested();
        LogRecorded(_logger, request.Id);
        return MessageFactory.Text(confirmation);
    }

    private async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text(_messages.TooManyMisses), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The short summary kept with the request for the clinic's staff: the summary's lines, joined.</summary>
    private string Summarize(RunnerReport report)
    {
        var triage = _triage;
        var summary = TriageSummaryBuilder.Build(report, triage.Causes.Rank(report), triage.Handoff.Assess(report));
        return string.Join(" ", _summaryWriter.Write(summary).Skip(1).Select(line => line.TrimEnd('.') + "."));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Call-back request {RequestId} recorded")]
    private static partial void LogRecorded(ILogger logger, string requestId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A call-back request could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception);
}
