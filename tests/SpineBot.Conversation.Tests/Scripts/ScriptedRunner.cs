using SpineBot.Content.Messages;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Triage.Reports;

namespace SpineBot.Conversation.Tests.Scripts;

/// <summary>
/// A runner who talks the way real runners do: an opening, how they say yes and no, answers typed in their own words
/// for some questions (buttons for the rest, from the mild-ache answers), and asides said at given turns. Talks to
/// the bot until the explanation (or the clinic) and measures the turns and the words per bubble.
/// </summary>
internal sealed record ScriptedRunner(string Name, string Opening, string Yes, string No)
{
    /// <summary>Typed answers by question slot.</summary>
    public IReadOnlyDictionary<string, string> Typed { get; init; } = new Dictionary<string, string>();

    /// <summary>What the runner says instead of answering, by runner turn (1 is the opening).</summary>
    public IReadOnlyDictionary<int, string> Asides { get; init; } = new Dictionary<int, string>();

    /// <summary>The runner's answer to the open question, when the opening told no story.</summary>
    public string? Story { get; init; }

    /// <summary>Answers other than the mild ache's, by slot.</summary>
    public IReadOnlyDictionary<string, string> Answers { get; init; } = ConversationDriver.MildAche;

    public override string ToString() => Name;

    /// <summary>Talks until the explanation; returns the runner turns it took and every bubble the bot sent.</summary>
    public async Task<(int Turns, IReadOnlyList<string> Bubbles)> TalkAsync(BotHarness bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var content = bot.Content;
        var bubbles = new List<string>();
        var replies = await bot.SayAsync(Opening);
        bubbles.AddRange(replies.Texts);
        for (var turn = 2; turn <= 30; turn++)
        {
            if (replies.Says(content.Messages.Causes.NotADiagnosisReminder))
            {
                return (turn - 1, bubbles);
            }

            replies = await bot.SayAsync(Asides.TryGetValue(turn, out var aside) ? aside : ReplyTo(content, replies));
            bubbles.AddRange(replies.Texts);
        }

        throw new InvalidOperationException($"{Name} never reached the explanation.");
    }

    private string ReplyTo(SpineBot.Content.ClinicContent content, Replies replies)
    {
        if (replies.Last == content.Messages.Welcome.StartPrompt)
        {
            return Story ?? Opening;
        }

        if (content.RedFlags.SafetyCheck?.Asks(replies.Last) == true)
        {
            return No;
        }

        if (content.Messages.PersistentPain is { } offer && replies.Last == offer.Prompt)
        {
            return offer.Choices.Choices.First(choice => choice.Value == PersistentPainOffer.Questions).Title;
        }

        var question = ConversationDriver.QuestionAsked(content, replies)
            ?? throw new InvalidOperationException($"{Name}: the bot asked something unexpected: {replies.Last}");
        if (Typed.TryGetValue(question.Slot, out var typed))
        {
            return typed;
        }

        var value = Answers[question.Slot];
        return question.Choices?.Id == "yes-no"
            ? value switch { ReportSlots.Yes => Yes, ReportSlots.No => No, _ => ConversationDriver.ButtonFor(question, value) }
            : ConversationDriver.ButtonFor(question, value);
    }
}
