using Microsoft.Bot.Builder;

namespace SpineBot.Tests.Hosting;

public sealed class TurnFailureTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new BotApplicationFactory()
        .WithServices(services => services.AddTransient<IBot, CountingBot>());

    [Fact]
    public async Task A_failed_turn_tells_the_user_in_plain_words_and_the_next_message_starts_clean()
    {
        using var client = _factory.CreateClient();
        await client.PostForRepliesAsync(ActivityBuilder.Message("one", "fail-1", "webchat"));
        await client.PostForRepliesAsync(ActivityBuilder.Message("two", "fail-1", "webchat"));

        var failed = await client.PostForRepliesAsync(ActivityBuilder.Message("fail", "fail-1", "webchat"));
        var next = await client.PostForRepliesAsync(ActivityBuilder.Message("three", "fail-1", "webchat"));

        var apology = Assert.Single(failed.Texts());
        Assert.Contains("sorry", apology, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", apology, StringComparison.Ordinal);
        Assert.Equal(["count 1"], next.Texts());
    }

    [Fact]
    public async Task A_pattern_that_timed_out_is_not_understood_and_the_runner_keeps_their_place()
    {
        using var client = _factory.CreateClient();
        await client.PostForRepliesAsync(ActivityBuilder.Message("one", "slow-1", "webchat"));
        await client.PostForRepliesAsync(ActivityBuilder.Message("two", "slow-1", "webchat"));

        var slow = await client.PostForRepliesAsync(ActivityBuilder.Message("slow", "slow-1", "webchat"));
        var next = await client.PostForRepliesAsync(ActivityBuilder.Message("three", "slow-1", "webchat"));

        var reply = Assert.Single(slow.Texts());
        Assert.Contains(reply, _factory.Services.GetRequiredService<SpineBot.Content.ClinicContent>().Messages.NotUnderstood);
        Assert.Equal(["count 3"], next.Texts());
    }

    [Fact]
    public async Task The_exception_detail_is_traced_to_the_emulator_only()
    {
        using var client = _factory.CreateClient();

        var inEmulator = await client.PostForRepliesAsync(ActivityBuilder.Message("fail", "fail-2", "emulator"));
        var inWebChat = await client.PostForRepliesAsync(ActivityBuilder.Message("fail", "fail-3", "webchat"));

        var trace = Assert.Single(inEmulator, reply => (string?)reply["type"] == "trace");
        Assert.Contains("A fault inside the turn", (string?)trace["value"], StringComparison.Ordinal);
        Assert.DoesNotContain(inWebChat, reply => (string?)reply["type"] == "trace");
        Assert.DoesNotContain(inWebChat.Texts(), text => text.Contains("A fault inside the turn", StringComparison.Ordinal));
    }

    public void Dispose() => _factory.Dispose();
}
