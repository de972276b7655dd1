using SpineBot.Content;
using SpineBot.Conversation.Closing;
using SpineBot.Conversation.Explanation;
using SpineBot.Conversation.Handoff;
using SpineBot.Conversation.Intake;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.Telemetry;
using SpineBot.Dialogs;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Dialogs;

/// <summary>
/// The runner's conversation from start to end: intake (story, safety check, symptoms), the cause questions, the
/// explanation with self-care, the clinic hand-off when the pain sounds persistent, and the closing summary.
/// </summary>
internal sealed class RunnerFlowDialog : RunnerComponentDialog
{
    private const string ReportKey = "report";
    private const string SafetyUnsureKey = "safetyUnsure";

    private readonly ClinicContent _content;
    private readonly IntakeDialog _intake;
    private readonly QuestionsDialog _causeQuestions;
    private readonly ExplanationDialog _explanation;
    private readonly ClinicHandoffDialog _handoff;
    private readonly ClosingDialog _closing;

    public RunnerFlowDialog(
        ClinicContent content,
        IntakeDialog intake,
        CauseQuestionsDialog causeQuestions,
        ExplanationDialog explanation,
        ClinicHandoffDialog handoff,
        ClosingDialog closing,
        ConversationTelemetry telemetry)
        : base("runnerFlow", telemetry)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        _intake = intake ?? throw new ArgumentNullException(nameof(intake));
        _causeQuestions = causeQuestions ?? throw new ArgumentNullException(nameof(causeQuestions));
        _explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));
        _handoff = handoff ?? throw new ArgumentNullException(nameof(handoff));
        _closing = closing ?? throw new ArgumentNullException(nameof(closing));

        AddDialog(new WaterfallDialog("runnerSteps", [IntakeAsync, CausesAsync, ExplainAsync, HandoffAsync, CloseAsync, EndAsync]));
        AddDialog(intake);
        AddDialog(causeQuestions);
        AddDialog(explanation);
        AddDialog(handoff);
        AddDialog(closing);
    }

    private Task<DialogTurnResult> IntakeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.BeginDialogAsync(_intake.Id, step.GetOptions<IntakeOptions>() ?? new IntakeOptions(false), cancellationToken);

    private async Task<DialogTurnResult> CausesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not IntakeResult intake || intake.Emergency)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values[ReportKey] = intake.Report;
        step.Values[SafetyUnsureKey] = intake.SafetyUnsure;
        return await step.BeginDialogAsync(_causeQuestions.Id, QuestionsOptions.Start(intake.Report), cancellationToken);
    }

    private async Task<DialogTurnResult> ExplainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = Remember(step, step.Result as RunnerReport);
        return await step.BeginDialogAsync(_explanation.Id, report, cancellationToken);
    }

    private async Task<DialogTurnResult> HandoffAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = Remember(step, null);
        var recommended = _content.Triage.Handoff.Assess(report).IsRecommended;
        if (!recommended && !step.Values.GetValue<bool>(SafetyUnsureKey))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var trigger = recommended ? HandoffTrigger.Recommended : HandoffTrigger.SafetyUnsure;
        return await step.BeginDialogAsync(_handoff.Id, new ClinicHandoffOptions(trigger, report), cancellationToken);
    }

    private Task<DialogTurnResult> CloseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.BeginDialogAsync(_closing.Id, Remember(step, null), cancellationToken);

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
}
