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
    public async Task Scripted_runners_reach_their_explanation_in_no_more_turns_than_measured_in_phone_sized_bubbles()
    {
        var measured = new List<(string Runner, int Turns, int Answers, int MostWords)>();
        foreach (var runner in ScriptedRunners.All)
        {
            using var bot = new BotHarness(channelId: "webchat");
            var (turns, bubbles) = await runner.TalkAsync(bot);
            var safetyCheck = bot.Content.RedFlags.SafetyCheck!;
            var mostWords = bubbles.Where(bubble => !safetyCheck.Asks(bubble)).Max(Words);
            var answers = turns - runner.Asides.Keys.Count(turn => turn <= turns);
            measured.Add((runner.Name, turns, answers, mostWords));
            output.WriteLine($"{runner.Name}: {turns} turns ({answers} without the runner's own questions and asides), longest bubble {mostWords} words");
        }

        var median = Median(measured.Select(figure => figure.Answers));
        output.WriteLine($"turns: median {Median(measured.Select(figure => figure.Turns))}, worst {measured.Max(figure => figure.Turns)}");
        output.WriteLine($"without asides: median {median}, worst {measured.Max(figure => figure.Answers)}");

        // The target counts the turns the bot's path takes; a runner's own questions and asides add one turn each.
        // The issue's target is 8; measured 8 since the two emergency groups became one question (docs/conversation.md):
        // this floor keeps it from getting longer.
        Assert.True(median <= MedianTurnsMeasured, $"median {median} turns: {string.Join(", ", measured)}");
        Assert.All(measured, figure => Assert.True(figure.MostWords <= MostWordsInABubble, $"{figure.Runner}: a bubble of {figure.MostWords} words"));
    }

    /// <summary>The median runner turns to the explanation when last measured (docs/conversation.md); issue 13's target is 8.</summary>
    private const double MedianTurnsMeasured = 8;

    private static double Median(IEnumerable<int> values)
    {
        var ordered = values.Order().ToList();
        return (ordered[(ordered.Count - 1) / 2] + ordered[ordered.Count / 2]) / 2.0;
    }

    internal static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));
}
