using SpineBot.Dialogs.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>
/// Drives dialogs the way botbuilder-dotnet's own dialog tests do: a <see cref="DialogSet"/> over ConversationState,
/// continue the active dialog, begin the first one when the stack is empty, and on completion say
/// "Bot received '{result}'."; "cancel all" cancels the whole stack and says "Cancelled." (and starts nothing). State is saved every turn through the production serializer
/// (<see cref="JsonRoundTripStorage"/>), so each turn starts from what a real store would give back.
/// </summary>
internal sealed class SdkStyleBot
{
    private readonly Func<DialogSet, Dialog[]> _dialogs;
    private readonly string _startId;

    public SdkStyleBot(string startId, Func<Dialog[]> dialogs)
    {
        _startId = startId;
        _dialogs = _ => dialogs();
    }

    public JsonRoundTripStorage Storage { get; } = new();

    public TestAdapter Adapter { get; } = new();

    public List<DialogTurnResult> Results { get; } = [];

    public TestFlow Flow() => new(Adapter, RunTurnAsync);

    /// <summary>Gets the number of dialogs on the root stack after the most recent turn.</summary>
    public int StackDepth { get; private set; }

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversationState = new ConversationState(Storage);
        var set = new DialogSet(conversationState.CreateProperty<DialogState>("dialogState"));
        foreach (var dialog in _dialogs(set))
        {
            set.Add(dialog);
        }

        var dc = await set.CreateContextAsync(turnContext, cancellationToken);
        var cancelAll = turnContext.Activity.Text == "cancel all";
        var result = cancelAll
            ? await dc.CancelAllDialogsAsync(cancellationToken)
            : await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Cancelled)
        {
            await turnContext.SendActivityAsync("Cancelled.", cancellationToken: cancellationToken);
        }
        else if (result.Status == DialogTurnStatus.Empty && !cancelAll)
        {
            result = await dc.BeginDialogAsync(_startId, null, cancellationToken);
        }

        Results.Add(result);
        if (result.Status == DialogTurnStatus.Complete)
        {
            await turnContext.SendActivityAsync($"Bot received '{ReplyText.Describe(result.Result)}'.", cancellationToken: cancellationToken);
        }

        StackDepth = dc.Stack.Count;
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
