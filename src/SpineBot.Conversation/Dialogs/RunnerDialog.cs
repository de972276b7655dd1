using Microsoft.Bot.Builder;
using SpineBot.Content.Answers;
using SpineBot.Content.Messages;
using SpineBot.Conversation.Closing;
using SpineBot.Conversation.Explanation;
using SpineBot.Conversation.Handoff;
using SpineBot.Conversation.Intake;
using SpineBot.Conversation.Interruptions;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.Safety;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Welcome;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Triage;
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

    private const string ReportKey = "report";
    private const string SafetyUnsureKey = "safetyUnsure";
    private const string OfferedKey = "persistentOffered";
    private const string ChoseQuestionsKey = "choseQuestions";
    private const string HandedOffKey = "handedOff";

    private readonly ConversationMessages _messages;
    private readonly TriageRules _triage;
    private readonly RunnerAnswers _runnerAnswers;
    private readonly CauseExplanation _explanation;
    private readonly RunnerWelcome _welcome;
    private readonly RunnerMemory _memory;
    private readonly TimeProvider _timeProvider;

    public RunnerDialog(
        ConversationMessages messages,
        TriageRules triage,
        RunnerAnswers runnerAnswers,
        IntakeDialog intake,
        QuestionsDialog questions,
        CauseExplanation explanation,
        ClinicHandoffDialog handoff,
        PersistentPainDialog persistentPain,
        ClosingDialog closing,
        RunnerWelcome welcome,
        RunnerMemory memory,
        IEnumerable<IInterruption> interruptions,
        TimeProvider timeProvider,
        ConversationTelemetry telemetry)
        : base("runner", interruptions, telemetry)
    {
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _triage = triage ?? throw new ArgumentNullException(nameof(triage));
        _runnerAnswers = runnerAnswers ?? throw new ArgumentNullException(nameof(runnerAnswers));
        _explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));
        _welcome = welcome ?? throw new ArgumentNullException(nameof(welcome));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        AddDialog(new WaterfallDialog(StepsId, [IntakeAsync, SymptomsAsync, AfterSymptomsAsync, CausesAsync, AfterCausesAsync, FollowCauseChoiceAsync, ExplainAsync, CloseAsync, EndAsync]));
        AddDialog(intake ?? throw new ArgumentNullException(nameof(intake)));
        AddDialog(questions ?? throw new ArgumentNullException(nameof(questions)));
        AddDialog(handoff ?? throw new ArgumentNullException(nameof(handoff)));
        AddDialog(persistentPain ?? throw new ArgumentNullException(nameof(persistentPain)));
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
        return IsPersistent(report)
            ? await OfferAsync(step, report, cancellationToken)
            : await step.BeginDialogAsync("questions", QuestionsOptions.Start(QuestionPlanKind.Symptoms, report), cancellationToken);
    }

    /// <summary>After the symptom questions, or after the persistent-pain choice made right after the say-back.</summary>
    private async Task<DialogTurnResult> AfterSymptomsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = await LatestAsync(step, cancellationToken);
        if (step.Result is string choice)
        {
            return await FollowChoiceAsync(step, choice, report, symptomsAsked: false, cancellationToken);
        }

        return IsPersistent(report) && !step.Values.GetValue<bool>(OfferedKey)
            ? await OfferAsync(step, report, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> CausesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = await LatestAsync(step, cancellationToken);
        if (step.Result is string choice)
        {
            return await FollowChoiceAsync(step, choice, report, symptomsAsked: true, cancellationToken);
        }

        if (step.Values.GetValue<bool>(HandedOffKey))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var chose = step.Values.GetValue<bool>(ChoseQuestionsKey);
        return await step.BeginDialogAsync("questions", QuestionsOptions.Start(QuestionPlanKind.Causes, report, chose), cancellationToken);
    }

    /// <summary>
    /// After the cause questions: pain that became persistent during them (a correction at a cause question) hears "have
    /// it looked at" and the choice, as at a symptom question, rather than going straight to the explanation.
    /// </summary>
    private async Task<DialogTurnResult> AfterCausesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = await LatestAsync(step, cancellationToken);
        return !step.Values.GetValue<bool>(HandedOffKey) && IsPersistent(report) && !step.Values.GetValue<bool>(OfferedKey)
            ? await OfferAsync(step, report, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    /// <summary>The runner's choice in an offer made after the cause questions: more of them, or the clinic's number.</summary>
    private async Task<DialogTurnResult> FollowCauseChoiceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.Result is string choice
            ? await FollowChoiceAsync(step, choice, await LatestAsync(step, cancellationToken), symptomsAsked: true, cancellationToken)
            : await step.NextAsync(null, cancellationToken);

    /// <summary>"Have it looked at", then the choice between the cause questions and the clinic's number.</summary>
    private static async Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, RunnerReport report, CancellationToken cancellationToken)
    {
        step.Values[OfferedKey] = true;
        return await step.BeginDialogAsync(PersistentPainDialog.DialogId, report, cancellationToken);
    }

    private static async Task<DialogTurnResult> FollowChoiceAsync(WaterfallStepContext step, string choice, RunnerReport report, bool symptomsAsked, CancellationToken cancellationToken)
    {
        if (choice == PersistentPainOffer.Questions)
        {
            step.Values[ChoseQuestionsKey] = true;
            return symptomsAsked
                ? await step.BeginDialogAsync("questions", QuestionsOptions.Start(QuestionPlanKind.Causes, report, runnerChoseThem: true), cancellationToken)
                : await step.BeginDialogAsync("questions", QuestionsOptions.Start(QuestionPlanKind.Symptoms, report, runnerChoseThem: true), cancellationToken);
        }

        step.Values[HandedOffKey] = true;
        return await step.BeginDialogAsync(ClinicHandoffDialog.DialogId, new ClinicHandoffOptions(HandoffTrigger.Recommended, report, RecommendationAlreadySaid: true), cancellationToken);
    }

    private bool IsPersistent(RunnerReport report) =>
        _messages.PersistentPain is not null && _triage.Handoff.Assess(report).IsRecommended;

    private async Task<DialogTurnResult> ExplainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = await LatestAsync(step, cancellationToken);
        if (step.Values.GetValue<bool>(HandedOffKey))
        {
            // The runner chose the clinic's number: the summary follows, not the explanation.
            return await step.NextAsync(null, cancellationToken);
        }

        foreach (var text in ScreenedTurn.AllowsCauseExplanation(step.Context) ? _explanation.Write(report) : [])
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
        }

        var recommended = _triage.Handoff.Assess(report).IsRecommended;
        if (!recommended && !step.Values.GetValue<bool>(SafetyUnsureKey))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var trigger = recommended ? HandoffTrigger.Recommended : HandoffTrigger.SafetyUnsure;
        var alreadySaid = step.Values.GetValue<bool>(OfferedKey);
        return await step.BeginDialogAsync(ClinicHandoffDialog.DialogId, new ClinicHandoffOptions(trigger, report, alreadySaid), cancellationToken);
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

    /// <summary>Whether the message tells the runner's story (facts, a few words, "back hurts"), rather than just "hi".</summary>
    private bool TellsAStory(ITurnContext turnContext)
    {
        var text = turnContext.Activity?.Text;
        var facts = string.IsNullOrWhiteSpace(text) ? new RunnerReport() : _triage.StoryReader.Read(text, null, RunnerClock.Today(turnContext, _timeProvider));
        return RunnerStory.IsTold(_runnerAnswers, _triage, _messages.Welcome, turnContext, facts);
    }
}
