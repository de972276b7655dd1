using SpineBot.Content;

namespace SpineBot.Resilience.Tests.Conversations;

/// <summary>
/// Plays a <see cref="RunnerScript"/> against the bot: opens the chat, tells the story, then answers whatever
/// question the bot asks until it says goodbye. Stops at the first problem a runner would notice.
/// </summary>
internal sealed class ConversationDriver(MessagesClient client, ClinicContent content)
{
    /// <summary>More turns than any triage takes (about 15): beyond it the conversation is going round in circles.</summary>
    private const int MostTurns = 40;

    /// <summary>The runner's chat from the start.</summary>
    public async Task<PlayedConversation> PlayAsync(string conversationId, RunnerScript script, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        var played = new PlayedConversation(conversationId, content);
        if (played.Record("(opens the chat)", await client.JoinAsync(conversationId, cancellationToken))
            && played.Record(script.Story, await client.SayAsync(conversationId, script.Story, cancellationToken)))
        {
            await FinishAsync(played, script, cancellationToken);
        }

        return played;
    }

    /// <summary>Answers the bot's questions until it says goodbye, from where <paramref name="played"/> stands.</summary>
    public async Task FinishAsync(PlayedConversation played, RunnerScript script, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(played);
        ArgumentNullException.ThrowIfNull(script);
        while (played.Problem is null && !played.Ended)
        {
            if (played.Turns.Count >= MostTurns)
            {
                played.Fail($"the bot had not said goodbye after {MostTurns} turns");
                return;
            }

            var asked = AskedQuestion.In(played.Last);
            if (asked is null)
            {
                played.Fail("the bot's last turn asks no question the script knows, and it did not say goodbye");
                return;
            }

            // The safety check asks its short groups one after another: more than that in a row is a loop.
            var mostInARow = asked == AskedQuestion.SafetyCheck ? (content.RedFlags.SafetyCheck?.Groups.Count ?? 1) + 2 : 3;
            if (played.TimesAskedInARow(asked) >= mostInARow)
            {
                played.Fail($"the bot asked '{asked}' three times in a row");
                return;
            }

            var answer = script.AnswerTo(asked);
            if (answer is null)
            {
                played.Fail($"the script has no answer to '{asked}'");
                return;
            }

            played.Record(answer, await client.SayAsync(played.Id, answer, cancellationToken));
        }
    }
}
