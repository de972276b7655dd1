namespace SpineBot.Dialogs;

/// <summary>
/// The context a <see cref="WaterfallStep"/> runs in. It is a <see cref="DialogContext"/> on the same stack, so a step
/// can start prompts and child dialogs, end, replace or cancel directly.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, IDictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc)
    {
        _waterfall = waterfall;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>Gets the zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>
    /// Gets the options the waterfall was started with, exactly as stored (after a storage round trip this may be a
    /// JObject); prefer <see cref="GetOptions{T}"/>.
    /// </summary>
    public object? Options { get; }

    /// <summary>
    /// Gets values kept across the waterfall's steps and turns. Store plain serialisable data only and read it back with
    /// <see cref="DialogValueExtensions.GetValue{T}"/> (a stored int may come back as long after a turn).
    /// </summary>
    public IDictionary<string, object?> Values { get; }

    /// <summary>Gets the result of the previous step, prompt or child dialog (<c>null</c> for the first step).</summary>
    public object? Result { get; }

    /// <summary>Gets why this step is running.</summary>
    public DialogReason Reason { get; }

    /// <summary>Gets the waterfall's options as <typeparamref name="T"/>, converting after a storage round trip.</summary>
    public T? GetOptions<T>() => StateJson.ConvertTo<T>(Options);

    /// <summary>Skips to the next step in the same turn, passing it <paramref name="result"/>. Can be called once per step.</summary>
    /// <exception cref="InvalidOperationException">NextAsync was already called for this step.</exception>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync() was called more than once in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
