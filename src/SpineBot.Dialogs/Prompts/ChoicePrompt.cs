using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Dialogs.Choices;

namespace SpineBot.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>; ends with a <see cref="FoundChoice"/>.
/// A reply matches by a choice's value or synonyms, by position ("2", "second", "the 2nd one"), or by overlapping
/// words with small typos tolerated; ambiguous or unknown replies are retried with the choices shown again.
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    /// <summary>Initializes a new instance of the <see cref="ChoicePrompt"/> class.</summary>
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>Gets or sets how choices are shown when <see cref="PromptOptions.Style"/> is not set. Defaults to <see cref="ListStyle.Auto"/>.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <inheritdoc/>
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var message = ChoiceMessage.Build(turnContext, PromptActivity(options, isRetry), options.Choices ?? [], options.Style ?? Style);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = turnContext.Activity?.Type == ActivityTypes.Message ? turnContext.Activity.Text : null;
        var found = ChoiceRecognizer.Recognize(text, options.Choices ?? []);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
