using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Intake;

public sealed class OrdinaryAcheTests
{
    public static TheoryData<string> OrdinaryAches =>
    [
        "no numbness, just sore after my long run",
        "my lower back is a bit stiff after running",
        "I don't have a fever, my back just aches",
        "I fell behind on my training plan and my back is tight",
        "my back hurts a little when I bend over after a run",
        "lower back pain since Saturday, about 3 out of 10, no tingling down my legs",
        "I ran hills in the heat and my back is sore",
        "no bladder problems, no numbness, just sore muscles",
    ];

    [Theory]
    [MemberData(nameof(OrdinaryAches))]
    public async Task An_ordinary_ache_is_not_treated_as_an_emergency(string message)
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync(message);

        Assert.False(replies.Says(bot.Content.RedFlags.Emergency.Action));
        Assert.True(replies.Says(bot.Content.Messages.StoryThanks));
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, replies.Last);
    }
}
