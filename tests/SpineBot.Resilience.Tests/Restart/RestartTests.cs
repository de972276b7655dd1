using SpineBot.Resilience.Tests.Conversations;

namespace SpineBot.Resilience.Tests.Restart;

/// <summary>
/// Issue 6: a runner's conversation survives the bot being killed hard (SIGKILL: no shutdown code runs) and started
/// again on the same data, picking up at the question it was waiting for with every earlier answer intact.
/// </summary>
public sealed class RestartTests(ITestOutputHelper output)
{
    private const int MileageBefore = 15;
    private const int MileageAfter = 25;
    private const int Severity = 6;

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_conversation_cut_off_by_a_hard_kill_carries_on_where_it_stopped_after_a_restart()
    {
        using var timeout = new CancellationTokenSource(Budget);
        var cancellationToken = timeout.Token;
        var content = ClinicWording.Content;
        var script = RunnerScript.MileageJump(MileageBefore, MileageAfter, Severity);
        var conversationId = "restart-" + Guid.NewGuid().ToString("N");
        using var data = new DataFolder();

        // Halfway through the intake: story (location + mileage jump), safety check "no", severity "6".
        string pending;
        await using (var first = await BotProcess.StartAsync(data.Path, cancellationToken))
        {
            using var http = first.CreateHttpClient();
            var played = new PlayedConversation(conversationId, content);
            var bot = new MessagesClient(http);
            played.Record("(opens the chat)", await bot.JoinAsync(conversationId, cancellationToken));
            played.Record(script.Story, await bot.SayAsync(conversationId, script.Story, cancellationToken));
            Assert.True(AskedQuestion.In(played.Last) == AskedQuestion.SafetyCheck, "The story should lead to the safety check.\n" + played.Transcript);
            for (var group = 0; group < 5 && AskedQuestion.In(played.Last) == AskedQuestion.SafetyCheck; group++)
            {
                played.Record("No", await bot.SayAsync(conversationId, script.AnswerTo(AskedQuestion.SafetyCheck)!, cancellationToken));
            }

            Assert.True(AskedQuestion.In(played.Last) == "severity", "A story without a rating should be asked for one.\n" + played.Transcript);
            played.Record(script.AnswerTo("severity")!, await bot.SayAsync(conversationId, script.AnswerTo("severity")!, cancellationToken));
            Assert.True(played.Problem is null, played.Problem + "\n" + played.Transcript);
            pending = AskedQuestion.In(played.Last) ?? throw new Xunit.Sdk.XunitException("The bot asked nothing after the rating.\n" + played.Transcript);
            Assert.True(AskedQuestion.Position(pending) > AskedQuestion.Position("severity"), $"After the rating the bot asked '{pending}'.\n" + played.Transcript);

            await first.KillHardAsync();
            Assert.True(first.HasExited);
        }

        await using var second = await BotProcess.StartAsync(data.Path, cancellationToken);
        using var secondHttp = second.CreateHttpClient();
        var restarted = new MessagesClient(secondHttp);
        var resumed = new PlayedConversation(conversationId, content);

        // What it remembers, then the question it was waiting for, asked again: not the welcome, not the open question.
        resumed.Record("what do you know", await restarted.SayAsync(conversationId, "what do you know", cancellationToken));
        var memory = resumed.Last;
        Assert.True(resumed.Problem is null, resumed.Problem + "\n" + resumed.Transcript + "\n" + second.Output);
        Assert.True(memory.Says(ClinicWording.LowerBackLine), "Where it hurts was lost.\n" + resumed.Transcript);
        Assert.True(memory.Says(ClinicWording.SeverityLine(Severity)), "The rating was lost.\n" + resumed.Transcript);
        Assert.True(memory.Says(ClinicWording.MileageReason(MileageBefore, MileageAfter)), "The mileage jump was lost.\n" + resumed.Transcript);
        Assert.Equal(pending, AskedQuestion.In(memory));
        Assert.False(memory.Says(content.Messages.Welcome.Greeting), "The bot greeted the runner again.\n" + resumed.Transcript);

        // Answering it moves on to a later question, and the conversation runs to its end.
        var answer = script.AnswerTo(pending)!;
        resumed.Record(answer, await restarted.SayAsync(conversationId, answer, cancellationToken));
        var next = AskedQuestion.In(resumed.Last);
        Assert.True(
            AskedQuestion.Position(next) > AskedQuestion.Position(pending),
            $"After answering '{pending}' the bot asked '{next ?? "nothing"}'.\n" + resumed.Transcript);
        await new ConversationDriver(restarted, content).FinishAsync(resumed, script, cancellationToken);
        output.WriteLine(resumed.Transcript);
        Assert.True(resumed.Problem is null && resumed.Ended, (resumed.Problem ?? "no goodbye") + "\n" + resumed.Transcript + "\n" + second.Output);

        // The explanation uses the answers given before the kill; so does the summary.
        var messages = resumed.Turns.SelectMany(turn => turn.Texts).ToList();
        Assert.Contains(messages, text => text.Contains(content.Cause(ClinicWording.GoingOverboard).SelfCare[0], StringComparison.Ordinal));
        var goingOverboard = messages.Single(text => text.Contains(content.Cause(ClinicWording.GoingOverboard).Explanation, StringComparison.Ordinal));
        Assert.Contains(ClinicWording.MileageReason(MileageBefore, MileageAfter), goingOverboard, StringComparison.Ordinal);
        var summary = messages.Single(text => text.StartsWith(content.Messages.Summary.Title, StringComparison.Ordinal));
        Assert.Contains(ClinicWording.LowerBackLine, summary, StringComparison.Ordinal);
        Assert.Contains(ClinicWording.SeverityLine(Severity), summary, StringComparison.Ordinal);
        Assert.Contains(content.Cause(ClinicWording.GoingOverboard).Title, summary, StringComparison.Ordinal);
    }
}
