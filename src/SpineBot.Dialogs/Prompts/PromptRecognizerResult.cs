namespace SpineBot.Dialogs.Prompts;

/// <summary>What a prompt made of the user's reply.</summary>
/// <typeparam name="T">The type of value the prompt asks for.</typeparam>
public sealed class PromptRecognizerResult<T>
{
    /// <summary>Gets or sets a value indicating whether the reply was understood.</summary>
    public bool Succeeded { get; set; }

    /// <summary>Gets or sets the understood value (meaningful only when <see cref="Succeeded"/>).</summary>
    public T? Value { get; set; }
}
