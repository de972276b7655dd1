using Microsoft.Bot.Builder;
using SpineBot.Content;
using SpineBot.Content.Commands;
using SpineBot.Conversation.Handoff;
using SpineBot.Conversation.Intake;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Welcome;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Dialogs;

/// <summary>
/// The root dialog: starts the runner's conversation (<see cref="RunnerFlowDialog"/>) and handles the commands that
/// work at any point, including "start over" and "talk to the clinic".
/// </summary>
internal sealed class RunnerDialog : InterruptibleDialog
{
    private const int WordsInAStory = 3;

    private readonly RunnerFlowDialog _flow;
    private readonly ClinicHandoffDialog _handoff;
    private readonly RunnerWelcome _welcome;
    private readonly TimeProvider _timeProvider;

    public RunnerDialog(
        RunnerFlowDialog flow,
        ClinicHandoffDialog handoff,
        RunnerWelcome welcome,
        ClinicContent content,
        RunnerMemory memory,
        ReportLines reportLines,
        TimeProvider timeProvider,
        ConversationTelemetry telemetry)
        : base("runner", content, memory, reportLines, telemetry)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(welcome);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _flow = flow;
        _handoff = handoff;
        _welcome = welcome;
        _timeProvider = timeProvider;
        AddDialog(flow);
        AddDialog(handoff);
        InitialDialogId = flow.Id;
    }

    /// <summary>The first message of a conversation (or the first after one ended).</summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var turnContext = innerDc.Context;
        var command = CommandIn(turnContext);
        switch (command)
        {
            case GlobalCommand.Help:
            case GlobalCommand.Privacy:
            case GlobalCommand.WhatDoYouKnow:
                await AnswerAsync(turnContext, command, cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            case GlobalCommand.Cancel:
                await turnContext.SendActivityAsync(MessageFactory.Text(Content.Messages.Cancelled), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            case GlobalCommand.StartOver:
                return await OnStartOverAsync(innerDc, cancellationToken);
            case GlobalCommand.TalkToClinic:
                return await BeginHandoffAsync(innerDc, cancellationToken);
        }

        await _welcome.SendIntroductionOnceAsync(turnContext, cancellationToken);
        return await innerDc.BeginDialogAsync(_flow.Id, new IntakeOptions(TellsAStory(turnContext)), cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnStartOverAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.Context.SendActivityAsync(MessageFactory.Text(Content.Messages.StartingOver), cancellationToken);
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        await Memory.ForgetReportAsync(innerDc.Context, cancellationToken);
        return await innerDc.BeginDialogAsync(_flow.Id, new IntakeOptions(TakeStoryFromThisMessage: false), cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnTalkToClinicAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (await Memory.IsTalkingToClinicAsync(innerDc.Context, cancellationToken))
        {
            // Already showing the clinic's details: repeat the number and the question rather than start again.
            await innerDc.Context.SendActivityAsync(MessageFactory.Text(Content.Handoff.Wording.Contact), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        // Runs on top of whatever was asked; when it ends, that question is asked again.
        return await BeginHandoffAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> BeginHandoffAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var report = await Memory.RecallAsync(innerDc.Context, cancellationToken);
        return await innerDc.BeginDialogAsync(_handoff.Id, new ClinicHandoffOptions(HandoffTrigger.Asked, report), cancellationToken);
    }

    /// <summary>Whether the message tells the runner's story (facts in it, or a few words), rather than just "hi".</summary>
    private bool TellsAStory(ITurnContext turnContext)
    {
        var text = turnContext.Activity?.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var facts = Content.Triage.StoryReader.Read(text, null, RunnerClock.Today(turnContext, _timeProvider));
        return facts != new RunnerReport()
            || text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= WordsInAStory;
    }
}
