using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Recognizers.Text;

namespace SpineBot.Dialogs.Prompts;

/// <summary>
/// Asks for a number (T is int, long, float, double or decimal). Understands "7", "seven", "7/10" and
/// "7 out of 10" (both 7), "about 6", "a 4", "7ish". A reply with two different numbers ("5 or 6"), no number,
/// or (for int/long) a fraction such as "6.5" is not recognised and is retried.
/// </summary>
/// <typeparam name="T">int, long, float, double or decimal.</typeparam>
public sealed class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    /// <summary>Initializes a new instance of the <see cref="NumberPrompt{T}"/> class.</summary>
    /// <param name="dialogId">The prompt's id.</param>
    /// <param name="validator">Optional check on the recognised number (e.g. a 0–10 range).</param>
    /// <param name="defaultLocale">The recognizer culture; defaults to "en-us". The user's locale is not used: the bot speaks English.</param>
    /// <exception cref="NotSupportedException">T is not a supported number type.</exception>
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        if (typeof(T) != typeof(int) && typeof(T) != typeof(long) && typeof(T) != typeof(float)
            && typeof(T) != typeof(double) && typeof(T) != typeof(decimal))
        {
            throw new NotSupportedException($"NumberPrompt does not support {typeof(T).Name}.");
        }

        DefaultLocale = string.IsNullOrWhiteSpace(defaultLocale) ? Culture.English : defaultLocale;
    }

    /// <summary>Gets the recognizer culture.</summary>
    public string DefaultLocale { get; }

    /// <inheritdoc/>
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (PromptActivity(options, isRetry) is { } activity)
        {
            await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity?.Type == ActivityTypes.Message ? turnContext.Activity.Text : null;
        var number = SpokenNumber.Read(text, DefaultLocale);
        var result = new PromptRecognizerResult<T>();
        if (number is { } value && TryConvert(value, out var converted))
        {
            result.Succeeded = true;
            result.Value = converted;
        }

        return Task.FromResult(result);
    }

    private static bool TryConvert(decimal value, out T converted)
    {
        converted = default;
        object? boxed = typeof(T) switch
        {
            var t when t == typeof(int) => value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue ? (int)value : null,
            var t when t == typeof(long) => value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue ? (long)value : null,
            var t when t == typeof(float) => (float)value,
            var t when t == typeof(double) => (double)value,
            _ => value,
        };
        if (boxed is null)
        {
            return false;
        }

        converted = (T)Convert.ChangeType(boxed, typeof(T), CultureInfo.InvariantCulture);
        return true;
    }
}
