namespace SpineBot.Dialogs.Prompts;

/// <summary>
/// Decides whether a reply is acceptable. Return <c>true</c> to end the prompt with
/// <see cref="PromptRecognizerResult{T}.Value"/>. The validator runs even when recognition failed, so check
/// <see cref="PromptRecognizerResult{T}.Succeeded"/>. If it sends its own message the prompt skips its retry prompt.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
