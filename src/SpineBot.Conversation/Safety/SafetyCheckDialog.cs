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
/// gives the group's level; "not sure" keeps the play-it-safe advice. A group joining warning signs of different levels
/// (emergency room and 911) asks which one after a "yes", so each keeps its own level and advice; "both", "not sure"
/// or no answer gives every part's reasons at the highest level. Ends with a <see cref="SafetyCheckOutcome"/>.
/// </summary>
internal sealed class SafetyCheckDialog : RunnerComponentDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "safetyCheck";

    private const string StepsId = "safetyCheckSteps";
    private const string AnswerPromptId = "safetyAnswer";
    private const string WhichPromptId = "safetyWhich";
    private const string AskedWhichKey = "askedWhich";
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
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, ReadAsync, ReadWhichAsync, AfterCareTodayAsync]));
        AddDialog(new ChoicePrompt(AnswerPromptId, ValidateAsync));
        AddDialog(new ChoicePrompt(WhichPromptId, ValidateWhichAsync));
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
        var options = QuestionPrompts.Choosing(prompt, group.Prompt, check.Choices);
        options.Validations = group.Id;
        return await step.PromptAsync(AnswerPromptId, options, cancellationToken);
    }

    private async Task<bool> ValidateAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Context.Activity.Text;
        if (IsRealAnswer(text))
        {
            return true;
        }

        // Not an answer: the bot already screened it. "What do you mean?" gets the group in plainer words; a question
        // the clinic's answers cover gets its line; anything else the nudge (the check needs a yes or a no).
        var match = _runnerAnswers.Matcher.Match(text);
        var line = match.Kind == QuestionMatchKind.Answer ? _runnerAnswers.TextFor(match) : null;
        var understood = ThreeMisses.Accept(prompt, understood: false);
        if (!understood && _redFlags.SafetyCheck is { } check)
        {
            // Having answered, the bot asks the group again itself (a prompt re-asks only when nothing was said).
            var group = Groups(check).FirstOrDefault(candidate => candidate.Id == prompt.Options.GetValidations<string>());
            var plainly = PlainWording.IsAsked(_runnerAnswers, prompt.Context) && group is { Plain.Length: > 0 };
            if (!plainly)
            {
                await prompt.Context.SendActivityAsync(MessageFactory.Text(line ?? check.Nudge), cancellationToken);
            }

            var again = MessageFactory.SuggestedActions(
                [.. check.Choices.Choices.Select(choice => choice.Title)],
                plainly ? PlainWording.Say(_runnerAnswers, group!.Plain).Text : (prompt.Options.RetryPrompt as Microsoft.Bot.Schema.IMessageActivity)?.Text ?? check.RetryPrompt,
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

        if (answer == YesNoReading.Yes && group.Which is not null && record.Latched is not null)
        {
            // Advice already held: it stands, whichever part it is.
            record.LetGoAtSafetyCheck = false;
            await _latched.SendAsync(step.Context, record, cancellationToken);
            return await step.EndDialogAsync(new SafetyCheckOutcome(false, true), cancellationToken);
        }

        if (answer == YesNoReading.Yes && group.Which is { } askWhich)
        {
            // One question for signs of different levels: which one decides the level and the advice.
            step.Values[AskedWhichKey] = true;
            var options = QuestionPrompts.Choosing(askWhich.Prompt, askWhich.Prompt, askWhich.Choices);
            options.Validations = askWhich.Prompt;
            return await step.PromptAsync(WhichPromptId, options, cancellationToken);
        }

        if (answer == YesNoReading.Yes)
        {
            return await AdviseAsync(step, [group], record, cancellationToken);
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

    /// <summary>The part the runner picked after a "yes" (every part for "both", "not sure" or no answer).</summary>
    private async Task<DialogTurnResult> ReadWhichAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.Values.GetValue<bool>(AskedWhichKey))
        {
            // The step before ended otherwise (a doctor today's hand-off): pass its end on.
            return await step.NextAsync(step.Result, cancellationToken);
        }

        step.Values.Remove(AskedWhichKey);
        var progress = step.GetOptions<SafetyCheckProgress>() ?? new SafetyCheckProgress(0, false);
        var groups = Groups(_redFlags.SafetyCheck!);
        var which = groups[Math.Clamp(progress.Group, 0, groups.Count - 1)].Which!;
        var picked = ThreeMisses.GaveUp(step.Context) ? null : (step.Result as FoundChoice)?.Value;
        var value = which.Choices.Choices.FirstOrDefault(choice => choice.Title == picked)?.Value;
        var record = await _memory.SafetyAsync(step.Context, cancellationToken);
        return await AdviseAsync(step, which.PartsFor(value), record, cancellationToken);
    }

    /// <summary>The advice of the highest of <paramref name="parts"/>, naming each; the hand-off follows a doctor today.</summary>
    private async Task<DialogTurnResult> AdviseAsync(WaterfallStepContext step, IReadOnlyList<SafetyCheckGroup> parts, SafetyRecord record, CancellationToken cancellationToken)
    {
        var level = parts.Max(part => part.Level);
        var findings = parts.Select(part => new RedFlagFinding($"safety-check-{part.Id}", part.Level, part.Source, part.Reasons)).ToList();
        await _emergency.SendAsync(step.Context, new RedFlagVerdict { Level = level, Findings = findings }, cancellationToken);
        if (level.IsLatching() || record.Latched is not null)
        {
            return await step.EndDialogAsync(new SafetyCheckOutcome(false, true), cancellationToken);
        }

        var report = await _memory.RecallAsync(step.Context, cancellationToken);
        return await step.BeginDialogAsync(ClinicHandoffDialog.DialogId, new ClinicHandoffOptions(HandoffTrigger.CareToday, report), cancellationToken);
    }

    /// <summary>Only a part, "both" or "not sure" counts; anything else gets the question again (after three, all parts).</summary>
    private Task<bool> ValidateWhichAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        var accepted = ThreeMisses.Accept(prompt, prompt.Recognized.Succeeded && !PlainWording.IsAsked(_runnerAnswers, prompt.Context));
        var which = _redFlags.SafetyCheck?.Groups.FirstOrDefault(candidate => candidate.Which?.Prompt == prompt.Options.GetValidations<string>())?.Which;
        if (!accepted && which is not null)
        {
            prompt.Options.RetryPrompt = PlainWording.IsAsked(_runnerAnswers, prompt.Context) ? PlainWording.Say(_runnerAnswers, which.Plain) : MessageFactory.Text(which.Prompt);
        }

        return Task.FromResult(accepted);
    }

    private Task<DialogTurnResult> AfterCareTodayAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.EndDialogAsync(new SafetyCheckOutcome(false, true), cancellationToken);
}
