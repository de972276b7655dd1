namespace SpineBot.Dialogs.Tests.Components;

/// <summary>
/// A component that looks at every turn before its children, as the conversation layer's base dialog will:
/// "help" answers and re-prompts, "explain" runs a dialog on top of the current one, "cancel" ends everything,
/// "start over" restarts, "emergency" cancels and ends with a result, "finish" ends the component directly. Every turn it sees is logged as "{id} saw {text}".
/// </summary>
internal sealed class InterruptingComponent : ComponentDialog
{
    private readonly List<string> _log;

    public InterruptingComponent(string id, List<string> log, params Dialog[] dialogs)
        : base(id)
    {
        _log = log;
        foreach (var dialog in dialogs)
        {
            AddDialog(dialog);
        }
    }

    /// <summary>Gets or sets the commands this component handles; others pass through to its children.</summary>
    public ISet<string> Commands { get; init; } = AllCommands();

    public static ISet<string> AllCommands() => CommandSet("help", "explain", "cancel", "start over", "emergency", "finish");

    public static ISet<string> NoCommands() => CommandSet();

    public static ISet<string> CommandSet(params string[] commands) => new HashSet<string>(commands, StringComparer.OrdinalIgnoreCase);

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var text = innerDc.Context.Activity.Text?.Trim() ?? string.Empty;
        _log.Add($"{Id} saw {text}");
        if (!Commands.Contains(text))
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        switch (text.ToUpperInvariant())
        {
            case "HELP":
                await innerDc.Context.SendActivityAsync($"{Id} help", cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case "EXPLAIN":
                return await innerDc.BeginDialogAsync("explain", null, cancellationToken);
            case "CANCEL":
                await innerDc.Context.SendActivityAsync($"{Id} cancelled", cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            case "START OVER":
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(InitialDialogId, null, cancellationToken);
            case "FINISH":
                return await EndComponentAsync(innerDc.Parent!, "finished early", cancellationToken);
            default:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete, "emergency");
        }
    }

    protected override Task OnEndDialogAsync(Microsoft.Bot.Builder.ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        _log.Add($"{Id} ended {reason}");
        return Task.CompletedTask;
    }
}
