using SpineBot.Content.Commands;
using SpineBot.Content.Tests.Support;

namespace SpineBot.Content.Tests.Commands;

public sealed class CommandWordsTests
{
    private static CommandWords Commands => ShippedContent.English.Commands;

    [Theory]
    [InlineData("help", GlobalCommand.Help)]
    [InlineData("Help please", GlobalCommand.Help)]
    [InlineData("What can you do?", GlobalCommand.Help)]
    [InlineData("?", GlobalCommand.Help)]
    [InlineData("cancel", GlobalCommand.Cancel)]
    [InlineData("Stop.", GlobalCommand.Cancel)]
    [InlineData("never mind", GlobalCommand.Cancel)]
    [InlineData("start over", GlobalCommand.StartOver)]
    [InlineData("Can we start over?", GlobalCommand.StartOver)]
    [InlineData("restart", GlobalCommand.StartOver)]
    [InlineData("talk to the clinic", GlobalCommand.TalkToClinic)]
    [InlineData("I'd like to book an appointment", GlobalCommand.TalkToClinic)]
    [InlineData("what's the clinic's phone number?", GlobalCommand.TalkToClinic)]
    [InlineData("Can I talk to someone", GlobalCommand.TalkToClinic)]
    [InlineData("can I speak to a real person", GlobalCommand.TalkToClinic)]
    public void A_command_is_recognized_however_it_is_typed(string text, GlobalCommand expected)
    {
        Assert.Equal(expected, Commands.Recognize(text));
    }

    [Theory]
    [InlineData("the pain won't stop")]
    [InlineData("it helps when I stretch")]
    [InlineData("my lower back")]
    [InlineData("")]
    [InlineData(null)]
    public void Ordinary_answers_are_not_commands(string? text)
    {
        Assert.Equal(GlobalCommand.None, Commands.Recognize(text));
    }
}
