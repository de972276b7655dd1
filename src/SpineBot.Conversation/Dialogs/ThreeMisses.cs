using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Conversation.Dialogs;

/// <summary>
/// The conversation's "three misses": a prompt asks until its reply is understood, except that the third reply it
/// cannot understand is accepted anyway, so the step after it offers another way forward (the clinic's number)
/// instead of asking a fourth time. Prompts ask until their validator accepts, as in Bot Framework; this is that
/// validator.
/// </summary>
internal static class ThreeMisses
{
    /// <summary>The reply that is accepted although it was not understood.</summary>
    public const int Limit = 3;

    private const string GaveUpKey = "SpineBot.Conversation.ThreeMisses.GaveUp";

    /// <summary>A validator that accepts what <paramref name="understood"/> accepts, or any reply from the third on.</summary>
    public static PromptValidator<T> Or<T>(Func<PromptValidatorContext<T>, bool> understood)
    {
        ArgumentNullException.ThrowIfNull(understood);
        return (prompt, _) =>
        {
            if (understood(prompt))
            {
                return Task.FromResult(true);
            }

            if (prompt.AttemptCount < Limit)
            {
                return Task.FromResult(false);
            }

            prompt.Context.TurnState[GaveUpKey] = true;
            return Task.FromResult(true);
        };
    }

    /// <summary>A validator that accepts a recognised reply, or any reply from the third on.</summary>
    public static PromptValidator<T> OrRecognized<T>() => Or<T>(prompt => prompt.Recognized.Succeeded);

    /// <summary>Whether a prompt ended in this turn only because its reply was the third miss (its result means nothing).</summary>
    public static bool GaveUp(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(GaveUpKey, out var value) && value is true;
    }
}
