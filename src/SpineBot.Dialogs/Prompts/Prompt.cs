using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.Dialogs.Prompts;

/// <summary>
/// Base class for dialogs that ask one question and end with the typed answer.
/// </summary>
/// <remarks>
/// A reply that is not recognised, or that the validator rejects, gets <see cref="PromptOptions.RetryPrompt"/> (or
/// <see cref="PromptOptions.Prompt"/> again). When the number of failed replies reaches
/// <see cref="PromptOptions.MaxAttempts"/> the prompt ends with a <c>null</c> result and sends nothing, so the
/// calling step must check for <c>null</c> and offer another way forward instead of asking again. The attempt count is
/// kept in the prompt's dialog state, so it survives turns.
/// </remarks>
/// <typeparam name="T">The type of value the prompt returns.</typeparam>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string StateKey = "state";
    private const string AttemptCountKey = "attemptCount";

    private readonly PromptValidator<T>? _validator;

    /// <summary>Initializes a new instance of the <see cref="Prompt{T}"/> class.</summary>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>Starts the prompt: stores the options and sends the question.</summary>
    /// <exception cref="ArgumentException"><paramref name="options"/> is not a <see cref="PromptOptions"/>.</exception>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = ReadOptions(options)
            ?? throw new ArgumentException($"Prompt '{Id}' must be started with PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("The prompt is not on the stack.");
        var state = new Dictionary<string, object?> { [AttemptCountKey] = 0 };
        instance.State[OptionsKey] = promptOptions;
        instance.State[StateKey] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>Recognises and validates the reply; ends with the value, retries, or ends with <c>null</c> after too many failures.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity?.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("The prompt is not on the stack.");
        var (options, state) = ReadInstance(instance);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        var attemptCount = state.GetValue<int>(AttemptCountKey) + 1;
        state[AttemptCountKey] = attemptCount;

        var validatorResponded = false;
        bool isValid;
        if (_validator is null)
        {
            isValid = recognized.Succeeded;
        }
        else
        {
            var sentBefore = SentActivityCounter.Of(dc.Context);
            isValid = await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options, attemptCount), cancellationToken).ConfigureAwait(false);
            validatorResponded = SentActivityCounter.Of(dc.Context) > sentBefore;
        }

        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (options.MaxAttempts > 0 && attemptCount >= options.MaxAttempts)
        {
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (!validatorResponded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog started on top of the prompt ended: ask the question again and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("The prompt is not on the stack.");
        await RepromptDialogAsync(dc.Context, instance, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>Sends the question again (not the retry prompt).</summary>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var (options, state) = ReadInstance(instance);
        await OnPromptAsync(turnContext, state, options, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the question (<paramref name="isRetry"/>: after a failed reply).</summary>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken);

    /// <summary>Works out what the user's reply means.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The activity to send: the retry prompt on a retry when there is one, else the prompt; a fresh copy, or <c>null</c>.</summary>
    protected static IMessageActivity? PromptActivity(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return source is null ? null : ActivityCopy.AsMessage(source);
    }

    private static PromptOptions? ReadOptions(object? options)
    {
        try
        {
            return StateJson.ConvertTo<PromptOptions>(options);
        }
        catch (InvalidCastException)
        {
            return null;
        }
    }

    private static (PromptOptions Options, IDictionary<string, object?> State) ReadInstance(DialogInstance instance)
    {
        var options = StateJson.ReadBack<PromptOptions>(instance.State, OptionsKey) ?? new PromptOptions();
        var state = StateJson.ReadBack<Dictionary<string, object?>>(instance.State, StateKey) ?? [];
        instance.State[OptionsKey] = options;
        instance.State[StateKey] = state;
        return (options, state);
    }
}
