using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Conversation.Questions;

/// <summary>
/// The conversation's "three misses" rule, kept in prompt validators (as Bot Framework apps do, through
/// <see cref="PromptValidatorContext{T}.AttemptCount"/>): a reply the bot understands is accepted; after the third
/// reply it cannot understand the prompt ends anyway, and the waterfall step that asked finds <see cref="GaveUp"/>
/// true and gives the clinic's number instead of asking again.
/// </summary>
internal static class ThreeMisses
{
    /// <summary>How many replies the bot tries to understand before it gives the clinic's number.</summary>
    public const int Limit = 3;

    private const string GaveUpKey = "SpineBot.PromptGaveUp";

    /// <summary>The validator's answer: accept an understood reply, or any reply once <see cref="Limit"/> were missed.</summary>
    public static bool Accept<T>(PromptValidatorContext<T> prompt, bool understood)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (understood)
        {
            return true;
        }

        if (prompt.AttemptCount >= Limit)
        {
            prompt.Context.TurnState[GaveUpKey] = true;
            return true;
        }

        return false;
    }

    /// <summary>Whether the prompt that just ended gave up after <see cref="Limit"/> replies it could not understand.</summary>
    public static bool GaveUp(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.ContainsKey(GaveUpKey);
    }
}
