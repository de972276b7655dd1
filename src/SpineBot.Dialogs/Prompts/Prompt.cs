using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.Dialogs.Prompts;

/// <summary>
/// Base class for dialogs that ask one question and end with the typed answer.
/// </summary>
/// <remarks>
/// As in Bot Framework, a prompt asks until its validator accepts (or, without a validator, until a reply is
/// recognised): a failed reply gets <see cref="PromptOptions.RetryPrompt"/> (or <see cref="PromptOptions.Prompt"/>
/// again) unless something was already sent in this turn (e.g. the validator explained what it needs). An app that
/// wants to give up after a few tries does so in its validator through
/// <see cref="PromptValidatorContext{T}.AttemptCount"/> (accept and let the step read the unrecognised result).
/// The attempt count is kept in the prompt's dialog state, so it survives turns.
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

    /// <summary>Recognises and validates the reply; ends with the value, or asks again unless the turn already replied.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity?.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("The prompt is not on the stack.");
        var (options, state) = ReadInstance(instance);
        _ = SentActivityCounter.Of(dc.Context); // counts from here on what recognition and validation send
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        var attemptCount = state.GetValue<int>(AttemptCountKey) + 1;
        state[AttemptCountKey] = attemptCount;

        bool isValid;
        if (_validator is null)
        {
            isValid = recognized.Succeeded;
        }
        else
        {
            isValid = await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options, attemptCount), cancellationToken).ConfigureAwait(false);
        }

        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        // The SDK's rule (`if (!dc.Context.Responded)`), also counting replies that are buffered in the turn.
        if (!HasRespondedThisTurn(dc.Context))
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

    private static bool HasRespondedThisTurn(ITurnContext turnContext)
        => turnContext.Responded || SentActivityCounter.Of(turnContext) > 0;

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
