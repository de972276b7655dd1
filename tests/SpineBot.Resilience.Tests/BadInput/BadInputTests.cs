using SpineBot.Resilience.Tests.Conversations;
using SpineBot.Resilience.Tests.Hosting;

namespace SpineBot.Resilience.Tests.BadInput;

/// <summary>
/// Issue 8: a corpus of bad input against the running bot. Every case gets a 4xx with a reason or a sensible answer,
/// never a 5xx; after all of it, the bot still holds a normal conversation.
/// </summary>
[Collection(RunningBotDefinition.Name)]
public sealed class BadInputTests(RunningBot bot)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Cases => new(BadInputCorpus.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_a_reason_or_a_friendly_answer_and_never_a_server_error(string name)
    {
        using var timeout = new CancellationTokenSource(Budget);
        var badInput = BadInputCorpus.Find(name);

        using var response = await badInput.SendAsync(new BadInputTarget(bot.Http, bot.DirectLine, timeout.Token));

        OutcomeCheck.Verify(badInput, await BadInputOutcome.ReadAsync(response), ClinicWording.Content);
    }

    [Fact]
    public async Task After_the_whole_corpus_the_bot_still_welcomes_a_runner_and_asks_the_next_question()
    {
        using var timeout = new CancellationTokenSource(Budget * 2);
        var target = new BadInputTarget(bot.Http, bot.DirectLine, timeout.Token);
        foreach (var badInput in BadInputCorpus.All())
        {
            using var response = await badInput.SendAsync(target);
            Assert.True((int)response.StatusCode < 500, $"{badInput.Name}: HTTP {(int)response.StatusCode}");
        }

        Assert.True(bot.IsRunning, "The bot stopped during the corpus:\n" + bot.Output);
        var content = ClinicWording.Content;
        var script = RunnerScript.MileageJump(before: 20, after: 30, severity: 5);
        var conversation = new PlayedConversation("after-bad-input-" + Guid.NewGuid().ToString("N"), content);
        var client = bot.Messages;

        conversation.Record("(opens the chat)", await client.JoinAsync(conversation.Id, timeout.Token));
        Assert.True(AskedQuestion.In(conversation.Last) == AskedQuestion.Story, conversation.Transcript);
        Assert.True(conversation.Last.Says(content.Messages.Welcome.Greeting), conversation.Transcript);
        conversation.Record(script.Story, await client.SayAsync(conversation.Id, script.Story, timeout.Token));
        Assert.True(conversation.Last.Says(content.Messages.StoryThanks), conversation.Transcript);
        Assert.True(AskedQuestion.In(conversation.Last) == AskedQuestion.SafetyCheck, conversation.Transcript);
        for (var group = 0; group < 5 && AskedQuestion.In(conversation.Last) == AskedQuestion.SafetyCheck; group++)
        {
            conversation.Record("No", await client.SayAsync(conversation.Id, "No", timeout.Token));
        }

        Assert.True(AskedQuestion.In(conversation.Last) == "severity", conversation.Transcript);
        Assert.True(conversation.Problem is null, conversation.Problem + "\n" + conversation.Transcript);
    }
}
