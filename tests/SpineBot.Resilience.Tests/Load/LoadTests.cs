using System.Diagnostics;
using SpineBot.Resilience.Tests.Conversations;
using SpineBot.Resilience.Tests.Hosting;

namespace SpineBot.Resilience.Tests.Load;

/// <summary>
/// Issue 8, a short load test: 200 runners talk to the real bot at the same moment, each playing a whole triage
/// through <c>/api/messages</c>. None may see an error, and afterwards the bot still remembers each one's own
/// answers. Timings are printed for information; nothing asserts on them.
/// </summary>
[Collection(RunningBotDefinition.Name)]
public sealed class LoadTests(RunningBot bot, ITestOutputHelper output)
{
    private const int Runners = 200;

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Two_hundred_runners_at_once_all_finish_their_triage_and_each_ones_answers_are_kept()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var client = bot.Messages;
        var driver = new ConversationDriver(client, ClinicWording.Content);
        var run = Guid.NewGuid().ToString("N")[..8];

        var clock = Stopwatch.StartNew();
        var played = await Task.WhenAll(Enumerable.Range(0, Runners)
            .Select(runner => Task.Run(() => PlayThenAskWhatItKnowsAsync(driver, client, $"load-{run}-{runner:D3}", runner, timeout.Token))));
        clock.Stop();

        var summary = LatencySummary.Describe(played.SelectMany(conversation => conversation.Turns).Select(turn => turn.Elapsed).ToList(), clock.Elapsed);
        output.WriteLine($"{Runners} conversations at once: {summary}");
        var failed = played.Where(conversation => conversation.Problem is not null).ToList();
        Assert.True(
            failed.Count == 0,
            $"{failed.Count} of {Runners} conversations went wrong ({summary}). The first ones:\n"
            + string.Join("\n", failed.Take(3).Select(conversation => conversation.Problem + "\n" + conversation.Transcript))
            + "\n" + BotLog.Problems(bot.Output));
        Assert.True(bot.IsRunning, "The bot process ended under load.\n" + BotLog.Problems(bot.Output));
    }

    /// <summary>
    /// One runner: a mileage jump of their own and their own rating (0 to 10, so some are handed to the clinic),
    /// then, after the goodbye, "what do you know" must give back exactly their answers.
    /// </summary>
    private static async Task<PlayedConversation> PlayThenAskWhatItKnowsAsync(
        ConversationDriver driver, MessagesClient client, string conversationId, int runner, CancellationToken cancellationToken)
    {
        var (before, after, severity) = (10 + (runner % 20), 31 + (runner % 23), runner % 11);
        var played = await driver.PlayAsync(conversationId, RunnerScript.MileageJump(before, after, severity), cancellationToken);
        if (played.Problem is not null)
        {
            return played;
        }

        played.Record("what do you know", await client.SayAsync(conversationId, "what do you know", cancellationToken));
        foreach (var expected in new[] { ClinicWording.LowerBackLine, ClinicWording.SeverityLine(severity), ClinicWording.MileageReason(before, after) })
        {
            if (!played.Last.Says(expected))
            {
                played.Fail($"after the goodbye, \"what do you know\" does not say \"{expected}\"");
            }
        }

        return played;
    }
}
