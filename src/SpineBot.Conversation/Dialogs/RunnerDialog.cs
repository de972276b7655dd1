using Microsoft.Bot.Builder;
using SpineBot.Content;
using SpineBot.Conversation.Closing;
using SpineBot.Conversation.Explanation;
using SpineBot.Conversation.Handoff;
using SpineBot.Conversation.Intake;
using SpineBot.Conversation.Interruptions;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Welcome;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Dialogs;

/// <summary>
/// The main dialog (CoreBot's MainDialog shape), with the runner's conversation as its waterfall: intake (story and
/// safety check), the symptom questions, the cause questions, the explanation with self-care, the clinic hand-off when
/// the pain sounds persistent, and the closing summary. What a runner can say at any point is handled first by the
/// interruptions (<see cref="InterruptibleDialog"/>).
/// </summary>
internal sealed class RunnerDialog : InterruptibleDialog
{
    /// <summary>The id of the conversation's waterfall (begun again by "start over").</summary>
    public const string StepsId = "runnerSteps";

    private const int WordsInAStory = 3;
    private const string ReportKey = "report";
    private const string SafetyUnsureKey = "safetyUnsure";

    private readonly ClinicContent _content;
    private readonly CauseExplanation _explanation;
    private readonly RunnerWelcome _welcome;
    private readonly RunnerMemory _memory;
    private readonly TimeProvider _timeProvider;

    public RunnerDialog(
        ClinicContent content,
        IntakeDialog intake,
        QuestionsDialog questions,
        CauseExplanation explanation,
        ClinicHandoffDialog handoff,
        ClosingDialog closing,
        RunnerWelcome welcome,
        RunnerMemory memory,
        IEnumerable<IInterruption> interruptions,
        TimeProvider timeProvider,
        ConversationTelemetry telemetry)
        : base("runner", interruptions, telemetry)
    {
        _content = content ?? throw new ArgumentNullException(nameof(content));
        _explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));
        _welcome = welcome ?? throw new ArgumentNullException(nameof(welcome));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        AddDialog(new WaterfallDialog(StepsId, [IntakeAsync, SymptomsAsync, CausesAsync, ExplainAsync, CloseAsync, EndAsync]));
        AddDialog(intake ?? throw new ArgumentNullException(nameof(intake)));
        AddDialog(questions ?? throw new ArgumentNullException(nameof(questions)));
        AddDialog(handoff ?? throw new ArgumentNullException(nameof(handoff)));
        AddDialog(closing ?? throw new ArgumentNullException(nameof(closing)));
        InitialDialogId = StepsId;
    }

    /// <summary>The first message of a conversation (or the first after one ended), when it is no command.</summary>
    protected override async Task<DialogTurnResult> OnBeginConversationAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await _welcome.SendIntroductionOnceAsync(innerDc.Context, cancellationToken);
        return await innerDc.BeginDialogAsync(StepsId, new IntakeOptions(TellsAStory(innerDc.Context)), cancellationToken);
    }

    private Task<DialogTurnResult> IntakeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.BeginDialogAsync("intake", step.GetOptions<IntakeOptions>() ?? new IntakeOptions(false), cancellationToken);

    private async Task<DialogTurnResult> SymptomsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not IntakeResult intake || intake.Emergency)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values[SafetyUnsureKey] = intake.SafetyUnsure;
        var report = await LatestAsync(step, cancellationToken);
        return await step.BeginDialogAsync("questions", QuestionsOptions.Start(QuestionPlanKind.Symptoms, report), cancellationToken);
    }

    private async Task<DialogTurnResult> CausesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = await LatestAsync(step, cancellationToken);
        return await step.BeginDialogAsync("questions", QuestionsOptions.Start(QuestionPlanKind.Causes, report), cancellationToken);
    }

    private async Task<DialogTurnResult> ExplainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = await LatestAsync(step, cancellationToken);
        foreach (var text in _explanation.Write(report))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
        }

        var recommended = _content.Triage.Handoff.Assess(report).IsRecommended;
        if (!recommended && !step.Values.GetValue<bool>(SafetyUnsureKey))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var trigger = recommended ? HandoffTrigger.Recommended : HandoffTrigger.SafetyUnsure;
        return await step.BeginDialogAsync(ClinicHandoffDialog.DialogId, new ClinicHandoffOptions(trigger, report), cancellationToken);
    }

    private async Task<DialogTurnResult> CloseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => await step.BeginDialogAsync("closing", await LatestAsync(step, cancellationToken), cancellationToken);

    private Task<DialogTurnResult> EndAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.EndDialogAsync(null, cancellationToken);

    /// <summary>Keeps the newest report in the waterfall's values and returns it.</summary>
    private static RunnerReport Remember(WaterfallStepContext step, RunnerReport? newer)
    {
        if (newer is not null)
        {
            step.Values[ReportKey] = newer;
            return newer;
        }

        return step.Values.GetValue<RunnerReport>(ReportKey) ?? new RunnerReport();
    }

    /// <summary>The facts as the runner last gave them (corrections included), kept in the waterfall's values too.</summary>
    private async Task<RunnerReport> LatestAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => Remember(step, await _memory.RecallAsync(step.Context, cancellationToken));

    /// <summary>Whether the message tells the runner's story (facts in it, or a few words), rather than just "hi".</summary>
    private bool TellsAStory(ITurnContext turnContext)
    {
        var text = turnContext.Activity?.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var facts = _content.Triage.StoryReader.Read(text, null, RunnerClock.Today(turnContext, _timeProvider));
        return facts != new RunnerReport()
            || text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= WordsInAStory;
    }
}
