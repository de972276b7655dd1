using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Content;
using SpineBot.Content.Commands;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Telemetry;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;

namespace SpineBot.Conversation.Dialogs;

/// <summary>
/// The commands that work at any point (Bot Framework's CancelAndHelpDialog pattern): the root sees every reply
/// before any prompt does. "Help", "privacy" and "what do you know" answer and ask the current question again;
/// "cancel" stops; "start over" and "talk to the clinic" are left to the derived dialog. (The bot has already screened
/// the message for emergencies.)
/// </summary>
internal abstract class InterruptibleDialog : RunnerComponentDialog
{
    protected InterruptibleDialog(string dialogId, ClinicContent content, RunnerMemory memory, ReportLines reportLines, ConversationTelemetry telemetry)
        : base(dialogId, telemetry)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(reportLines);
        Content = content;
        Memory = memory;
        ReportLines = reportLines;
    }

    protected ClinicContent Content { get; }

    protected RunnerMemory Memory { get; }

    protected ReportLines ReportLines { get; }

    /// <summary>The command the runner's message gives, if any.</summary>
    protected GlobalCommand CommandIn(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity?.Type == ActivityTypes.Message
            ? Content.Commands.Recognize(turnContext.Activity.Text)
            : GlobalCommand.None;
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var command = CommandIn(innerDc.Context);
        switch (command)
        {
            case GlobalCommand.Help:
            case GlobalCommand.Privacy:
            case GlobalCommand.WhatDoYouKnow:
                await AnswerAsync(innerDc.Context, command, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case GlobalCommand.Cancel:
                await innerDc.Context.SendActivityAsync(MessageFactory.Text(Content.Messages.Cancelled), cancellationToken);
                await Memory.ForgetReportAsync(innerDc.Context, cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            case GlobalCommand.StartOver:
                return await OnStartOverAsync(innerDc, cancellationToken);
            case GlobalCommand.TalkToClinic:
                return await OnTalkToClinicAsync(innerDc, cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>"Start over" in the middle of the conversation.</summary>
    protected abstract Task<DialogTurnResult> OnStartOverAsync(DialogContext innerDc, CancellationToken cancellationToken);

    /// <summary>"Talk to the clinic" in the middle of the conversation.</summary>
    protected abstract Task<DialogTurnResult> OnTalkToClinicAsync(DialogContext innerDc, CancellationToken cancellationToken);

    /// <summary>Answers "help", "privacy" or "what do you know".</summary>
    protected async Task AnswerAsync(ITurnContext turnContext, GlobalCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = command switch
        {
            GlobalCommand.Help => Content.Messages.Help,
            GlobalCommand.Privacy => Content.Messages.Privacy,
            _ => await DescribeMemoryAsync(turnContext, cancellationToken),
        };
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }

    private async Task<string> DescribeMemoryAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var memory = Content.Messages.Memory;
        var lines = ReportLines.Describe(await Memory.RecallAsync(turnContext, cancellationToken));
        return lines.Count == 0
            ? memory.NothingYet
            : MessageText.Paragraphs(MessageText.List(memory.WhatIKnow, lines), memory.ForgetHint);
    }
}
