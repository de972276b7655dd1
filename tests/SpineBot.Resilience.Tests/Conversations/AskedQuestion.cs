using SpineBot.Content;

namespace SpineBot.Resilience.Tests.Conversations;

/// <summary>
/// Recognises the question the bot is waiting for by its wording in the content: the open question, the safety
/// check, each symptom or cause question (by its id in questions.json), the call-back offer and "was this helpful?".
/// </summary>
internal static class AskedQuestion
{
    public const string Story = "story";
    public const string SafetyCheck = "safety-check";
    public const string CallbackOffer = "callback-offer";
    public const string Feedback = "feedback";
    public const string PersistentPainOffer = "persistent-pain-offer";

    private static readonly Lazy<IReadOnlyList<(string Key, string Prompt)>> Prompts = new(() => ReadPrompts(ClinicWording.Content));

    /// <summary>The question the turn ends on (the last one asked in it), or null when it asks none.</summary>
    public static string? In(BotTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        foreach (var text in turn.Texts.Reverse())
        {
            foreach (var (key, prompt) in Prompts.Value)
            {
                if (text.Contains(prompt, StringComparison.Ordinal))
                {
                    return key;
                }
            }
        }

        return null;
    }

    /// <summary>Where a question comes in the content's order (questions.json), or -1 when it is not one of those.</summary>
    public static int Position(string? key) =>
        ClinicWording.Content.Questions.Select(question => question.Id).ToList().IndexOf(key ?? string.Empty);

    private static List<(string Key, string Prompt)> ReadPrompts(ClinicContent content)
    {
        var prompts = new List<(string Key, string Prompt)>
        {
            (Story, content.Messages.Welcome.StartPrompt),
            (CallbackOffer, content.Callback.Offer),
            (Feedback, content.Messages.Feedback.Question),
        };
        if (content.Messages.PersistentPain is { } offer)
        {
            prompts.Add((PersistentPainOffer, offer.Prompt));
        }

        if (content.RedFlags.SafetyCheck is { } safetyCheck)
        {
            prompts.Add((SafetyCheck, safetyCheck.Prompt));
            prompts.Add((SafetyCheck, safetyCheck.RetryPrompt));
            prompts.AddRange(safetyCheck.Groups.Select(group => (SafetyCheck, group.Prompt)));
        }

        foreach (var question in content.Questions)
        {
            prompts.Add((question.Id, question.Prompt));
            prompts.Add((question.Id, question.RetryPrompt));
        }

        // The longest first, so that a prompt inside a longer one never wins.
        return prompts.OrderByDescending(entry => entry.Prompt.Length).ToList();
    }
}
