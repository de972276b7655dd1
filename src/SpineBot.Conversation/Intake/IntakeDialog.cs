using Microsoft.Bot.Builder;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Safety;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Intake;

/// <summary>
/// The intake: the open question first ("tell me what's going on"), read in the runner's own words and said back
/// briefly; then the explicit safety check, asked once (yes / no / not sure): "yes" goes to 911, "not sure" is told to
/// play it safe. Ends with an <see cref="IntakeResult"/>.
/// </summary>
internal sealed class IntakeDialog : RunnerComponentDialog
{
    private const string StoryPromptId = "storyPrompt";
    private const string ReportKey = "report";
    private const int WordsInAStory = 3;

    private readonly ConversationMessages _messages;
    private readonly TriageRules _triage;
    private readonly EmergencyResponse _emergency;
    private readonly RunnerMemory _memory;
    private readonly ReportLines _reportLines;
    private readonly TimeProvider _timeProvider;

    public IntakeDialog(
        ConversationMessages messages,
        TriageRules triage,
        EmergencyResponse emergency,
        RunnerMemory memory,
        ReportLines reportLines,
        TimeProvider timeProvider,
        SafetyCheckDialog safetyCheck,
        ConversationTelemetry telemetry)
        : base("intake", telemetry)
    {
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _triage = triage ?? throw new ArgumentNullException(nameof(triage));
        _emergency = emergency ?? throw new ArgumentNullException(nameof(emergency));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        _reportLines = reportLines ?? throw new ArgumentNullException(nameof(reportLines));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        AddDialog(new WaterfallDialog("intakeSteps", [AskForStoryAsync, ReadStoryAsync, ReadSafetyAnswerAsync]));
        AddDialog(new TextPrompt(StoryPromptId));
        AddDialog(safetyCheck ?? throw new ArgumentNullException(nameof(safetyCheck)));
    }

    private async Task<DialogTurnResult> AskForStoryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<IntakeOptions>()?.TakeStoryFromThisMessage == true)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        await _memory.NoteAskingAsync(step.Context, PendingAsk.Story, cancellationToken);
        var startPrompt = MessageFactory.Text(_messages.Welcome.StartPrompt);
        return await step.PromptAsync(StoryPromptId, new PromptOptions { Prompt = startPrompt }, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadStoryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The story is read from the message itself (the first message, or the answer to the open question) and
        // only the facts are kept, never the text.
        var today = RunnerClock.Today(step.Context, _timeProvider);
        var report = _triage.StoryReader.Read(step.Context.Activity.Text, null, today);
        step.Values[ReportKey] = report;
        await _memory.RememberAsync(step.Context, report, cancellationToken);

        if (report != new RunnerReport() || WordCount(step.Context.Activity.Text) >= WordsInAStory)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_messages.StoryThanks), cancellationToken);
        }

        var understood = _reportLines.Describe(report);
        if (understood.Count > 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(MessageText.List(_messages.SayBack, understood)), cancellationToken);
        }

        await _memory.NoteAskingAsync(step.Context, PendingAsk.SafetyCheck, cancellationToken);
        return await step.BeginDialogAsync(SafetyCheckDialog.DialogId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadSafetyAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await _memory.NoteAskingAsync(step.Context, null, cancellationToken);
        var report = await _memory.RecallAsync(step.Context, cancellationToken);
        var outcome = step.Result as SafetyCheckOutcome ?? new SafetyCheckOutcome(Unsure: false, Stopped: false);
        if (outcome.Stopped)
        {
            await _memory.ForgetReportAsync(step.Context, cancellationToken);
        }

        return await step.EndDialogAsync(new IntakeResult(report, outcome.Unsure, outcome.Stopped), cancellationToken);
    }

    private static int WordCount(string? text) => (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
