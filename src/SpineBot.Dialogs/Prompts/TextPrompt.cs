using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SpineBot.Dialogs.Prompts;

/// <summary>Asks for free text; any non-blank message is accepted (trimmed). Attachments-only replies are retried.</summary>
public sealed class TextPrompt : Prompt<string>
{
    /// <summary>Initializes a new instance of the <see cref="TextPrompt"/> class.</summary>
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

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
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity?.Type == ActivityTypes.Message ? turnContext.Activity.Text : null;
        var result = string.IsNullOrWhiteSpace(text)
            ? new PromptRecognizerResult<string>()
            : new PromptRecognizerResult<string> { Succeeded = true, Value = text.Trim() };
        return Task.FromResult(result);
    }
}
