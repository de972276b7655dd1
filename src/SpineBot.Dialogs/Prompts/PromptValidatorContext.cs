using Microsoft.Bot.Builder;

namespace SpineBot.Dialogs.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> gets to judge a reply.</summary>
/// <typeparam name="T">The type of value the prompt asks for.</typeparam>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object?> state, PromptOptions options, int attemptCount)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
        AttemptCount = attemptCount;
    }

    /// <summary>Gets the current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>Gets what the prompt recognised in the reply.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>Gets the prompt's own persisted state (plain data only).</summary>
    public IDictionary<string, object?> State { get; }

    /// <summary>Gets the options the prompt was started with.</summary>
    public PromptOptions Options { get; }

    /// <summary>Gets how many replies the user has given to this prompt, counting this one (1 on the first reply).</summary>
    public int AttemptCount { get; }
}
