using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;

namespace SpineBot.Dialogs.Tests.Infrastructure;

/// <summary>
/// Runs a root dialog the way the bot does: ConversationState over <see cref="JsonRoundTripStorage"/>, RunAsync,
/// save. The root dialog is built afresh every turn and state is re-read from JSON text, so nothing survives a turn
/// except what the dialogs persisted.
/// </summary>
internal sealed class DialogHarness
{
    private readonly Func<Dialog> _createRoot;

    public DialogHarness(Func<Dialog> createRoot, string channelId = Channels.Test, IStorage? storage = null)
    {
        _createRoot = createRoot;
        Adapter = new TestAdapter(channelId);
        Storage = storage ?? new JsonRoundTripStorage();
    }

    public TestAdapter Adapter { get; }

    /// <summary>Gets the storage; a <see cref="JsonRoundTripStorage"/> unless another was given.</summary>
    public IStorage Storage { get; }

    /// <summary>Gets the result of the most recent turn.</summary>
    public DialogTurnResult? LastResult { get; private set; }

    /// <summary>Gets the dialog stack as saved after the most recent turn (read back from JSON).</summary>
    public List<DialogInstance> SavedStack { get; private set; } = [];

    public TestFlow Flow() => new(Adapter, RunTurnAsync);

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversationState = new ConversationState(Storage);
        var accessor = conversationState.CreateProperty<DialogState>("DialogState");
        LastResult = await _createRoot().RunAsync(turnContext, accessor, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);

        var reread = new ConversationState(Storage);
        await reread.LoadAsync(turnContext, true, cancellationToken);
        var saved = await reread.CreateProperty<DialogState>("DialogState").GetAsync(turnContext, () => new DialogState(), cancellationToken);
        SavedStack = saved.DialogStack;
    }
}
