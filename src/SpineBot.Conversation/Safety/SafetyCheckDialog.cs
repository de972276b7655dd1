using Microsoft.Bot.Builder;
using SpineBot.Content.Answers;
using SpineBot.Content.RedFlags;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Handoff;
using SpineBot.Conversation.Questions;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;
using SpineBot.Triage.Levels;
using SpineBot.Triage.RedFlags;
using SpineBot.Triage.Understanding;

namespace SpineBot.Conversation.Safety;

/// <summary>
/// The safety check, in short yes/no groups a phone can show (red-flags.json "screening" "groups"). Only a real answer
/// counts (yes, no, not sure and their plain variants); anything else was already screened by the bot, gets a one-line
/// answer when it is a question the clinic's answers cover (else a short nudge), and the group is asked again. "Yes"
/// gives the group's level; "not sure" keeps the play-it-safe advice. Ends with a <see cref="SafetyCheckOutcome"/>.
/// </summary>
internal sealed class SafetyCheckDialog : RunnerComponentDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "safetyCheck";

    private const string StepsId = "safetyCheckSteps";
    private const string AnswerPromptId = "safetyAnswer";
    private const string ReportKey = "report";

    private readonly RedFlagContent _redFlags;
    private readonly RunnerAnswers _runnerAnswers;
    private readonly EmergencyResponse _emergency;
    private readonly LatchedAdvice _latched;
    private readonly RunnerMemory _memory;

    public SafetyCheckDialog(RedFlagContent redFlags, RunnerAnswers runnerAnswers, EmergencyResponse emergency, LatchedAdvice latched, RunnerMemory memory, ConversationTelemetry telemetry)
        : base(DialogId, telemetry)
    {
        _redFlags = redFlags ?? throw new ArgumentNullException(nameof(redFlags));
        _runnerAnswers = runnerAnswers ?? throw new ArgumentNullException(nameof(runnerAnswers));
        _emergency = emergency ?? throw new ArgumentNullException(nameof(emergency));
        _latched = latched ?? throw new ArgumentNullException(nameof(latched));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, ReadAsync, AfterCareTodayAsync]));
        AddDialog(new ChoicePrompt(AnswerPromptId, ValidateAsync));
        InitialDialogId = StepsId;
    }

    /// <summary>The groups to ask: the content's, or the single prompt as one emergency group.</summary>
    private IReadOnlyList<SafetyCheckGroup> Groups(SafetyCheckQuestion check) =>
        check.Groups.Count > 0
            ? check.Groups
            : [new SafetyCheckGroup("all", TriageLevel.Emergency, _redFlags.WordingFor(TriageLevel.Emergency).Source, check.Prompt, _redFlags.Emergency.ScreeningMessage)];

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.GetOptions<SafetyCheckProgress>() ?? new SafetyCheckProgress(0, false);
        if (_redFlags.SafetyCheck is not { } check)
        {
            return await step.EndDialogAsync(new SafetyCheckOutcome(false, false), cancellationToken);
        }

        var groups = Groups(check);
        var group = groups[Math.Clamp(progress.Group, 0, groups.Count - 1)];
        var prompt = progress.Group == 0 ? check.FirstQuestion : group.Prompt;
        return await step.PromptAsync(AnswerPromptId, QuestionPrompts.Choosing(prompt, group.Prompt, check.Choices), cancellationToken);
    }

    private async Task<bool> ValidateAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Context.Activity.Text;
        if (IsRealAnswer(text))
        {
            return true;
        }

        // Not an answer: the bot already screened it. A question the clinic's answers cover gets its line; else a nudge.
        var match = _runnerAnswers.Matcher.Match(text);
        var line = match.Kind == QuestionMatchKind.Answer ? _runnerAnswers.TextFor(match) : null;
        var understood = ThreeMisses.Accept(prompt, understood: false);
        if (!understood && _redFlags.SafetyCheck is { } check)
        {
            // Having answered, the bot asks the group again itself (a prompt re-asks only when nothing was said).
            await prompt.Context.SendActivityAsync(MessageFactory.Text(line ?? check.Nudge), cancellationToken);
            var again = MessageFactory.SuggestedActions(
                [.. check.Choices.Choices.Select(choice => choice.Title)],
                (prompt.Options.RetryPrompt as Microsoft.Bot.Schema.IMessageActivity)?.Text ?? check.RetryPrompt,
                ssml: null,
                inputHint: null,
                toList: null);
            await prompt.Context.SendActivityAsync(again, cancellationToken);
        }

        return understood;
    }

    private bool IsRealAnswer(string? text) => Read(text) is YesNoReading.Yes or YesNoReading.No or YesNoReading.NotSure;

    /// <summary>Yes, no or not sure ("partly" counts as not sure here); anything else is no answer.</summary>
    private YesNoReading Read(string? text) => _runnerAnswers.ShortAnswers.Read(text, ShortAnswerUse.SafetyCheck).YesNo switch
    {
        YesNoReading.Partly => YesNoReading.NotSure,
        var reading => reading,
    };

    private async Task<DialogTurnResult> ReadAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.GetOptions<SafetyCheckProgress>() ?? new SafetyCheckProgress(0, false);
        var check = _redFlags.SafetyCheck!;
        var groups = Groups(check);
        var group = groups[Math.Clamp(progress.Group, 0, groups.Count - 1)];
        var record = await _memory.SafetyAsync(step.Context, cancellationToken);
        var answer = ThreeMisses.GaveUp(step.Context) ? YesNoReading.NotSure : Read(step.Context.Activity.Text);

        if (answer == YesNoReading.Yes)
        {
            var finding = new RedFlagFinding($"safety-check-{group.Id}", group.Level, group.Source, group.Reasons);
            var verdict = new RedFlagVerdict { Level = group.Level, Findings = [finding] };
            await _emergency.SendAsync(step.Context, verdict, cancellationToken);
            if (group.Level.IsLatching() || record.Latched is not null)
            {
                return await step.EndDialogAsync(new SafetyCheckOutcome(false, true), cancellationToken);
            }

            var report = await _memory.RecallAsync(step.Context, cancellationToken);
            return await step.BeginDialogAsync(ClinicHandoffDialog.DialogId, new ClinicHandoffOptions(HandoffTrigger.CareToday, report), cancellationToken);
        }

        if (answer != YesNoReading.No && record.Latched is not null && record.LetGoAtSafetyCheck)
        {
            // Starting over lets the advice go only on a clear "no".
            record.LetGoAtSafetyCheck = false;
            await _latched.SendAsync(step.Context, record, cancellationToken);
            return await step.EndDialogAsync(new SafetyCheckOutcome(false, true), cancellationToken);
        }

        var unsure = progress.Unsure;
        if (answer != YesNoReading.No && !unsure)
        {
            unsure = true;
            await step.Context.SendActivityAsync(MessageFactory.Text(check.UnsureMessage), cancellationToken);
        }

        if (progress.Group + 1 < groups.Count)
        {
            return await step.ReplaceDialogAsync(StepsId, new SafetyCheckProgress(progress.Group + 1, unsure), cancellationToken);
        }

        if (record.Latched is not null && record.LetGoAtSafetyCheck && !unsure)
        {
            record.Latched = null;
            record.LatchedReasons = [];
            record.LetGoAtSafetyCheck = false;
            record.HighestLevel = TriageLevel.SelfCare;
            record.Reasons = [];
        }

        return await step.EndDialogAsync(new SafetyCheckOutcome(unsure, false), cancellationToken);
    }

    private Task<DialogTurnResult> AfterCareTodayAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.EndDialogAsync(new SafetyCheckOutcome(false, true), cancellationToken);
}
