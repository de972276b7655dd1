using Microsoft.Bot.Schema;

namespace SpineBot.Dialogs;

/// <summary>
/// A dialog that runs a fixed sequence of steps. Each step usually starts a prompt (or child dialog) and returns;
/// when that ends, the next step runs with its result in <see cref="WaterfallStepContext.Result"/>. After the last
/// step the dialog ends with the last result. If a step returns <see cref="Dialog.EndOfTurn"/> without starting a
/// child, the user's next message text becomes the next step's result.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    /// <summary>Initializes a new instance of the <see cref="WaterfallDialog"/> class.</summary>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps is null ? [] : [.. steps];
        if (_steps.Any(step => step is null))
        {
            throw new ArgumentException("A waterfall step cannot be null.", nameof(steps));
        }
    }

    /// <summary>Gets the number of steps.</summary>
    public int StepCount => _steps.Count;

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = ActiveState(dc);
        state[OptionsKey] = options;
        state[ValuesKey] = new Dictionary<string, object?>();
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity?.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = ActiveState(dc).GetValue<int>(StepIndexKey);
        return await RunStepAsync(dc, index + 1, reason, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one step. Override to observe or wrap steps.</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private static IDictionary<string, object?> ActiveState(DialogContext dc)
        => dc.ActiveDialog?.State ?? throw new InvalidOperationException("The waterfall is not on the stack.");

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = ActiveState(dc);
        state[StepIndexKey] = index;
        var values = StateJson.ReadBack<Dictionary<string, object?>>(state, ValuesKey) ?? [];
        state[ValuesKey] = values;
        state.TryGetValue(OptionsKey, out var options);
        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }
}
