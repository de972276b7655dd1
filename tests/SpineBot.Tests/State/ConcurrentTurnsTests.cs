using Microsoft.Bot.Builder;
using SpineBot.Tests.Hosting;

namespace SpineBot.Tests.State;

public sealed class ConcurrentTurnsTests : IDisposable
{
    private readonly BotApplicationFactory _first;
    private readonly BotApplicationFactory _second;

    public ConcurrentTurnsTests()
    {
        _first = new BotApplicationFactory().WithServices(UseNoteTakingBot);
        _second = new BotApplicationFactory()
            .WithSetting("Storage:Sqlite:Path", Path.Combine(_first.DataDirectory, "spinebot.db"))
            .WithServices(UseNoteTakingBot);
    }

    [Fact]
    public async Task Answers_sent_at_once_to_two_instances_sharing_one_store_are_all_kept()
    {
        using var first = _first.CreateClient();
        using var second = _second.CreateClient();
        var answers = Enumerable.Range(1, 24).Select(i => $"answer-{i:D2}").ToList();

        var turns = answers.Select((answer, i) =>
            (i % 2 == 0 ? first : second).PostForRepliesAsync(ActivityBuilder.Message(answer, "shared-conversation")));
        await Task.WhenAll(turns);
        var kept = await first.PostForRepliesAsync(ActivityBuilder.Message("count", "shared-conversation"));

        Assert.Equal(string.Join("|", answers), Assert.Single(kept.Texts()));
    }

    [Fact]
    public async Task A_double_click_on_one_instance_keeps_both_answers_and_answers_each_once()
    {
        using var client = _first.CreateClient();

        var replies = await Task.WhenAll(
            client.PostForRepliesAsync(ActivityBuilder.Message("left", "double-click")),
            client.PostForRepliesAsync(ActivityBuilder.Message("right", "double-click")));
        var kept = await client.PostForRepliesAsync(ActivityBuilder.Message("count", "double-click"));

        Assert.All(replies, reply => Assert.Single(reply.Texts()));
        Assert.Equal("left|right", Assert.Single(kept.Texts()));
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    private static void UseNoteTakingBot(IServiceCollection services) => services.AddTransient<IBot, NoteTakingBot>();
}
