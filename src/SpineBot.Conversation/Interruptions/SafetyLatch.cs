using Microsoft.Bot.Builder;
using SpineBot.Content.Commands;
using SpineBot.Content.RedFlags;
using SpineBot.Conversation.Dialogs;
using SpineBot.Conversation.Handoff;
using SpineBot.Conversation.Intake;
using SpineBot.Conversation.Safety;
using SpineBot.Conversation.State;
using SpineBot.Dialogs;
using SpineBot.Triage.Levels;

namespace SpineBot.Conversation.Interruptions;

/// <summary>
/// The safety latch, first of the interruptions. After crisis, emergency-ambulance or emergency advice, every message
/// gets that advice again (kindly, with why and the clinic's number for afterwards), never a question or self-care,
/// until the runner says they were mistaken or meant someone else, or starts over and answers "no" at the safety check.
/// A message that needs a doctor today (and no latch) gets that advice, then the clinic's card and call-back offer.
/// </summary>
internal sealed class SafetyLatch(RedFlagContent redFlags, CommandWords commands, RunnerMemory memory, EmergencyResponse emergency, LatchedAdvice advice) : IInterruption
{
    public int Order => 50;

    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var turnContext = innerDc.Context;
        var verdict = ScreenedTurn.Verdict(turnContext);
        var record = ScreenedTurn.Record(turnContext) ?? await memory.SafetyAsync(turnContext, cancellationToken);
        if (record.Latched is not null)
        {
            return await HoldAsync(innerDc, record, cancellationToken);
        }

        if (verdict.Level != TriageLevel.Consultation24h)
        {
            return null;
        }

        await emergency.SendAsync(turnContext, verdict, cancellationToken);
        if (innerDc.ActiveDialog is not null && await memory.IsTalkingToClinicAsync(turnContext, cancellationToken))
        {
            return await PendingQuestion.AskAgainAsync(innerDc, cancellationToken);
        }

        var report = await memory.RecallAsync(turnContext, cancellationToken);
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(ClinicHandoffDialog.DialogId, new ClinicHandoffOptions(HandoffTrigger.CareToday, report), cancellationToken);
    }

    private async Task<DialogTurnResult?> HoldAsync(DialogContext innerDc, SafetyRecord record, CancellationToken cancellationToken)
    {
        var turnContext = innerDc.Context;
        if (RunnerCommand.In(turnContext, commands) == GlobalCommand.StartOver)
        {
            // Starting over keeps the advice until the runner answers "no" at the safety check.
            record.LetGoAtSafetyCheck = true;
            return null;
        }

        if (record.LetGoAtSafetyCheck && innerDc.ActiveDialog is not null)
        {
            return null;
        }

        var latch = redFlags.Latch;
        if (latch is not null && !ScreenedTurn.Verdict(turnContext).NeedsCareToday && latch.LetsGo(turnContext.Activity.Text))
        {
            record.Latched = null;
            record.LatchedReasons = [];
            record.LetGoAtSafetyCheck = false;
            record.HighestLevel = TriageLevel.SelfCare;
            record.Reasons = [];
            await turnContext.SendActivityAsync(MessageFactory.Text(latch.LetGo), cancellationToken);
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            await memory.ForgetReportAsync(turnContext, cancellationToken);
            return await innerDc.BeginDialogAsync(RunnerDialog.StepsId, new IntakeOptions(TakeStoryFromThisMessage: false), cancellationToken);
        }

        record.LetGoAtSafetyCheck = false;
        await advice.SendAsync(turnContext, record, cancellationToken);
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }
}
