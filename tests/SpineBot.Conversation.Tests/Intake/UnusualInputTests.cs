using Microsoft.Bot.Schema;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Intake;

public sealed class UnusualInputTests
{
    [Fact]
    public async Task A_message_with_only_a_picture_is_asked_to_type_and_the_question_is_asked_again()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        var picture = bot.Adapter.MakeActivity();
        picture.Text = null;
        picture.Attachments = [new Attachment("image/png", "https://example.com/back.png")];

        var replies = await bot.SendAsync(picture);

        Assert.Equal(bot.Content.Messages.TextOnly, replies.First);
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, replies.Last);
    }

    [Fact]
    public async Task A_picture_does_not_move_the_conversation_on()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        var picture = bot.Adapter.MakeActivity();
        picture.Text = "   ";
        picture.Attachments = [new Attachment("image/png", "https://example.com/back.png")];
        await bot.SendAsync(picture);

        var replies = await bot.PassSafetyCheckAsync();

        Assert.NotNull(ConversationDriver.QuestionAsked(bot.Content, replies));
    }

    public static TheoryData<string> OddMessages =>
    [
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("my back hurts after running ", 360)),
        "my back\u0000 hurts\u0007 after\u001b[31m running",
        "🏃‍♀️💥 my lower back 😣😣 after a 10k 🏃",
        "ظهري يؤلمني بعد الجري",
        "גב תחתון כואב אחרי ריצה",
        "\u202Emy back hurts\u202C",
        "\u200B\u200B",
    ];

    [Theory]
    [MemberData(nameof(OddMessages))]
    public async Task Odd_or_very_long_messages_get_a_sensible_reply(string message)
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync(message);

        Assert.NotEmpty(replies.Messages);
        var expected = new[] { bot.Content.RedFlags.SafetyCheck!.FirstQuestion, bot.Content.Messages.Welcome.StartPrompt };
        Assert.Contains(replies.Last, expected);
    }
}
