using Microsoft.Bot.Schema;
using SpineBot.Dialogs.Choices;

namespace SpineBot.Dialogs.Prompts;

/// <summary>
/// What a prompt asks. Stored in the prompt's dialog state, so keep it plain data
/// (activities, choices, and JSON-serialisable <see cref="Validations"/>).
/// </summary>
public sealed class PromptOptions
{
    /// <summary>Gets or sets the question sent when the prompt starts (and re-sent on a retry without <see cref="RetryPrompt"/>).</summary>
    public IActivity? Prompt { get; set; }

    /// <summary>Gets or sets the message sent after a reply that was not recognised or was rejected by the validator.</summary>
    public IActivity? RetryPrompt { get; set; }

    /// <summary>Gets or sets the choices offered (choice prompts; confirm prompts take two: yes then no labels).</summary>
#pragma warning disable CA2227 // Plain serialisable data.
    public IList<Choice>? Choices { get; set; }
#pragma warning restore CA2227

    /// <summary>Gets or sets how choices are shown; <c>null</c> uses the prompt's own <c>Style</c>.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Gets or sets extra data for the validator (read it with <see cref="GetValidations{T}"/>).</summary>
    public object? Validations { get; set; }

    /// <summary>Gets <see cref="Validations"/> as <typeparamref name="T"/>, converting after a storage round trip.</summary>
    public T? GetValidations<T>() => StateJson.ConvertTo<T>(Validations);
}
