using Microsoft.Bot.Builder;
using SpineBot.Content.Commands;
using SpineBot.Content.Messages;
using SpineBot.Conversation.State;
using SpineBot.Conversation.Wording;
using SpineBot.Dialogs;

namespace SpineBot.Conversation.Interruptions;

/// <summary>"Help", "privacy" and "what do you know": answered, then the pending question is asked again.</summary>
internal sealed class AnswerCommand(ConversationMessages messages, CommandWords commands, RunnerMemory memory, ReportLines reportLines) : IInterruption
{
    public int Order => 100;

    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var command = RunnerCommand.In(innerDc.Context, commands);
        string? answer = command switch
        {
            GlobalCommand.Help => messages.Help,
            GlobalCommand.Privacy => messages.Privacy,
            GlobalCommand.WhatDoYouKnow => await DescribeMemoryAsync(innerDc.Context, cancellationToken),
            _ => null,
        };
        if (answer is null)
        {
            return null;
        }

        await innerDc.Context.SendActivityAsync(MessageFactory.Text(answer), cancellationToken);
        return await PendingQuestion.AskAgainAsync(innerDc, cancellationToken);
    }

    private async Task<string> DescribeMemoryAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var wording = messages.Memory;
        var lines = reportLines.Describe(await memory.RecallAsync(turnContext, cancellationToken));
        return lines.Count == 0
            ? wording.NothingYet
            : MessageText.Paragraphs(MessageText.List(wording.WhatIKnow, lines), wording.ForgetHint);
    }
}
