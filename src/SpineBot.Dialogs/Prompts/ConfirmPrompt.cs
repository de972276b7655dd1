using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Dialogs.Choices;

namespace SpineBot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question with Yes and No buttons; ends with <c>true</c> or <c>false</c>. Understands "yes", "yeah",
/// "yep", "sure", "ok", "y", "no", "nope", "nah", "not really", "n" and similar; unsure replies ("not sure", "maybe")
/// are retried. Two <see cref="PromptOptions.Choices"/> replace the button labels (yes first, then no); typing a
/// label or one of its synonyms also answers, and so does the option's number ("1" yes, "2" no).
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    /// <summary>Initializes a new instance of the <see cref="ConfirmPrompt"/> class.</summary>
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>Gets or sets how the buttons are shown when <see cref="PromptOptions.Style"/> is not set. Defaults to <see cref="ListStyle.Auto"/>.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Gets or sets the default button labels used when the options carry no two choices.</summary>
    public (string Yes, string No) Labels { get; set; } = ("Yes", "No");

    /// <inheritdoc/>
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var message = ChoiceMessage.Build(turnContext, PromptActivity(options, isRetry), YesNoChoices(options), options.Style ?? Style);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = turnContext.Activity?.Type == ActivityTypes.Message ? turnContext.Activity.Text : null;
        var answer = LabelAnswer(text, YesNoChoices(options)) ?? YesNoReply.Read(text) ?? OptionNumberAnswer(text);
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer.HasValue, Value = answer ?? false });
    }

    private static bool? LabelAnswer(string? text, IList<Choice> choices)
    {
        var typed = WordTokens.Normalize(text);
        for (var i = 0; i < choices.Count; i++)
        {
            var phrases = new[] { choices[i].Value, choices[i].Action?.Title }.Concat(choices[i].Synonyms ?? []);
            if (phrases.Any(p => !string.IsNullOrWhiteSpace(p) && WordTokens.Normalize(p) == typed))
            {
                return i == 0;
            }
        }

        return null;
    }

    /// <summary>"1" or "2": the numbers the inline and list styles show (as the SDK's confirm prompt reads them).</summary>
    private static bool? OptionNumberAnswer(string? text)
        => text?.Trim() switch
        {
            "1" => true,
            "2" => false,
            _ => null,
        };

    private IList<Choice> YesNoChoices(PromptOptions options)
        => options.Choices is { Count: 2 } custom ? custom : [new Choice(Labels.Yes), new Choice(Labels.No)];
}
