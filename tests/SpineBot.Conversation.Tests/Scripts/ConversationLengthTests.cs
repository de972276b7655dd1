using SpineBot.Conversation.Tests.Support;
using Xunit.Abstractions;

namespace SpineBot.Conversation.Tests.Scripts;

/// <summary>
/// How long a conversation takes, over the eight scripted runners: runner turns to the explanation (median at most 8)
/// and words per bubble (none over about 60, the safety check aside). The figures are in docs/conversation.md.
/// </summary>
public sealed class ConversationLengthTests(ITestOutputHelper output)
{
    private const int MostWordsInABubble = 60;

    [Fact]
    public async Task Scripted_runners_reach_their_explanation_in_eight_turns_or_fewer_in_phone_sized_bubbles()
    {
        var measured = new List<(string Runner, int Turns, int Answers, int MostWords)>();
        foreach (var runner in ScriptedRunners.All)
        {
            using var bot = new BotHarness(channelId: "webchat");
            var (turns, bubbles) = await runner.TalkAsync(bot);
            var safetyCheck = bot.Content.RedFlags.SafetyCheck?.Prompt;
            var mostWords = bubbles.Where(bubble => bubble != safetyCheck).Max(Words);
            var answers = turns - runner.Asides.Keys.Count(turn => turn <= turns);
            measured.Add((runner.Name, turns, answers, mostWords));
            output.WriteLine($"{runner.Name}: {turns} turns ({answers} without the runner's own questions and asides), longest bubble {mostWords} words");
        }

        var median = Median(measured.Select(figure => figure.Answers));
        output.WriteLine($"turns: median {Median(measured.Select(figure => figure.Turns))}, worst {measured.Max(figure => figure.Turns)}");
        output.WriteLine($"without asides: median {median}, worst {measured.Max(figure => figure.Answers)}");

        // The target counts the turns the bot's path takes; a runner's own questions and asides add one turn each.
        Assert.True(median <= 8, $"median {median} turns: {string.Join(", ", measured)}");
        Assert.All(measured, figure => Assert.True(figure.MostWords <= MostWordsInABubble, $"{figure.Runner}: a bubble of {figure.MostWords} words"));
    }

    private static double Median(IEnumerable<int> values)
    {
        var ordered = values.Order().ToList();
        return (ordered[(ordered.Count - 1) / 2] + ordered[ordered.Count / 2]) / 2.0;
    }

    internal static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));
}
