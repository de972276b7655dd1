using Microsoft.Bot.Builder;
using SpineBot.Content.Answers;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Questions;
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
/// play it safe. Ends with an <see cref="IntakeResult"/>. Only a story answers the open question: facts, a few words, or
/// a short reply with a word of the content's <c>storyWords</c> ("back hurts"); "no", "ok" or "what do you mean?" get
/// the question again in plainer words (after three, the reply is taken and the questions ask what is missing).
/// </summary>
internal sealed class IntakeDialog : RunnerComponentDialog
{
    private const string StoryPromptId = "storyPrompt";
    private const string ReportKey = "report";

    private readonly ConversationMessages _messages;
    private readonly TriageRules _triage;
    private readonly RunnerAnswers _runnerAnswers;
    private readonly EmergencyResponse _emergency;
    private readonly RunnerMemory _memory;
    private readonly ReportLines _reportLines;
    private readonly TimeProvider _timeProvider;

    public IntakeDialog(
        ConversationMessages messages,
        TriageRules triage,
        RunnerAnswers runnerAnswers,
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
        _runnerAnswers = runnerAnswers ?? throw new ArgumentNullException(nameof(runnerAnswers));
        _emergency = emergency ?? throw new ArgumentNullException(nameof(emergency));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        _reportLines = reportLines ?? throw new ArgumentNullException(nameof(reportLines));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        AddDialog(new WaterfallDialog("intakeSteps", [AskForStoryAsync, ReadStoryAsync, ReadSafetyAnswerAsync]));
        AddDialog(new TextPrompt(StoryPromptId, ValidateStoryAsync));
        AddDialog(safetyCheck ?? throw new ArgumentNullException(nameof(safetyCheck)));
    }

    private async Task<DialogTurnResult> AskForStoryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<IntakeOptions>()?.TakeStoryFromThisMessage == true)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        await _memory.NoteAskingAsync(step.Context, PendingAsk.Story, cancellationToken);
        var welcome = _messages.Welcome;
        var options = new PromptOptions { Prompt = MessageFactory.Text(welcome.StartPrompt), RetryPrompt = MessageFactory.Text(welcome.StartPromptPlain) };
        return await step.PromptAsync(StoryPromptId, options, cancellationToken);
    }

    private Task<bool> ValidateStoryAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Context.Activity.Text;
        var story = TellsAStory(prompt.Context, _triage.StoryReader.Read(text, null, RunnerClock.Today(prompt.Context, _timeProvider)));
        var accepted = ThreeMisses.Accept(prompt, story);
        if (!accepted)
        {
            prompt.Options.RetryPrompt = PlainWording.IsAsked(_runnerAnswers, prompt.Context)
                ? PlainWording.Say(_runnerAnswers, _messages.Welcome.StartPromptPlain)
                : MessageFactory.Text(_messages.Welcome.StartPromptPlain);
        }

        return Task.FromResult(accepted);
    }

    private bool TellsAStory(ITurnContext turnContext, RunnerReport facts) => RunnerStory.IsTold(_runnerAnswers, _triage, _messages.Welcome, turnContext, facts);

    private async Task<DialogTurnResult> ReadStoryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The story is read from the message itself (the first message, or the answer to the open question) and
        // only the facts are kept, never the text.
        var today = RunnerClock.Today(step.Context, _timeProvider);
        var report = _triage.StoryReader.Read(step.Context.Activity.Text, null, today);
        step.Values[ReportKey] = report;
        await _memory.RememberAsync(step.Context, report, cancellationToken);

        if (TellsAStory(step.Context, report))
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
}
