using Microsoft.Bot.Builder;
using SpineBot.Content;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.Safety;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage.RedFlags;
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
    private const string SafetyPromptId = "safetyPrompt";
    private const string ReportKey = "report";
    private const int WordsInAStory = 3;

    private readonly ClinicContent _content;
    private readonly EmergencyResponse _emergency;
    private readonly RunnerMemory _memory;
    private readonly ReportLines _reportLines;
    private readonly TimeProvider _timeProvider;

    public IntakeDialog(
        ClinicContent content,
        EmergencyResponse emergency,
        RunnerMemory memory,
        ReportLines reportLines,
        TimeProvider timeProvider,
        ConversationTelemetry telemetry)
        : base("intake", telemetry)
    {
        _content = content ?? throw new ArgumentNullException(nameof(content));
        _emergency = emergency ?? throw new ArgumentNullException(nameof(emergency));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        _reportLines = reportLines ?? throw new ArgumentNullException(nameof(reportLines));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        AddDialog(new WaterfallDialog("intakeSteps", [AskForStoryAsync, ReadStoryAsync, ReadSafetyAnswerAsync]));
        AddDialog(new TextPrompt(StoryPromptId));
        AddDialog(new ChoicePrompt(SafetyPromptId, (prompt, _) =>
            Task.FromResult(ThreeMisses.Accept(prompt, ChosenAnswer.From(_content.RedFlags.SafetyCheck?.Choices, prompt.Context.Activity.Text, prompt.Recognized.Value) is not null))));
    }

    private async Task<DialogTurnResult> AskForStoryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<IntakeOptions>()?.TakeStoryFromThisMessage == true)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        await _memory.NoteAskingAsync(step.Context, PendingAsk.Story, cancellationToken);
        var startPrompt = MessageFactory.Text(_content.Messages.Welcome.StartPrompt);
        return await step.PromptAsync(StoryPromptId, new PromptOptions { Prompt = startPrompt }, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadStoryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The story is read from the message itself (the first message, or the answer to the open question) and
        // only the facts are kept, never the text.
        var today = RunnerClock.Today(step.Context, _timeProvider);
        var report = _content.Triage.StoryReader.Read(step.Context.Activity.Text, null, today);
        step.Values[ReportKey] = report;
        await _memory.RememberAsync(step.Context, report, cancellationToken);

        if (report != new RunnerReport() || WordCount(step.Context.Activity.Text) >= WordsInAStory)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_content.Messages.StoryThanks), cancellationToken);
        }

        var understood = _reportLines.Describe(report);
        if (understood.Count > 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(MessageText.List(_content.Messages.SayBack, understood)), cancellationToken);
        }

        if (_content.RedFlags.SafetyCheck is not { } check)
        {
            await _memory.NoteAskingAsync(step.Context, null, cancellationToken);
            return await step.EndDialogAsync(new IntakeResult(report, SafetyUnsure: false, Emergency: false), cancellationToken);
        }

        await _memory.NoteAskingAsync(step.Context, PendingAsk.SafetyCheck, cancellationToken);
        return await step.PromptAsync(SafetyPromptId, QuestionPrompts.Choosing(check.Prompt, check.RetryPrompt, check.Choices), cancellationToken);
    }

    private async Task<DialogTurnResult> ReadSafetyAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await _memory.NoteAskingAsync(step.Context, null, cancellationToken);
        var report = await _memory.RecallAsync(step.Context, cancellationToken);
        var check = _content.RedFlags.SafetyCheck;
        var answer = ChosenAnswer.From(check?.Choices, step.Context.Activity.Text, step.Result)?.Value;
        if (answer == ReportSlots.Yes)
        {
            await _emergency.SendAsync(step.Context, RedFlagVerdict.None, cancellationToken);
            await _memory.ForgetReportAsync(step.Context, cancellationToken);
            return await step.EndDialogAsync(new IntakeResult(report, SafetyUnsure: false, Emergency: true), cancellationToken);
        }

        // "Not sure", or three replies that were no answer: play it safe, and offer the clinic's number at the end.
        var unsure = answer != ReportSlots.No;
        if (unsure && check is not null)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(check.UnsureMessage), cancellationToken);
        }

        return await step.EndDialogAsync(new IntakeResult(report, unsure, Emergency: false), cancellationToken);
    }

    private static int WordCount(string? text) => (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
