using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Prompts;
using SpineBot.Dialogs.Tests.Infrastructure;

namespace SpineBot.Dialogs.Tests.Prompts;

public sealed class NumberPromptTests
{
    private static PromptOptions ScoreQuestion() => new()
    {
        Prompt = MessageFactory.Text("How bad is it from 0 to 10?"),
        RetryPrompt = MessageFactory.Text("Please give a number from 0 to 10."),
    };

    [Theory]
    [InlineData("7", 7)]
    [InlineData("seven", 7)]
    [InlineData("7/10", 7)]
    [InlineData("7 / 10", 7)]
    [InlineData("7 out of 10", 7)]
    [InlineData("seven out of ten", 7)]
    [InlineData("10/10", 10)]
    [InlineData("about 6", 6)]
    [InlineData("around a six", 6)]
    [InlineData("a 4", 4)]
    [InlineData("it's a 4", 4)]
    [InlineData("7ish", 7)]
    [InlineData("I'd say 8", 8)]
    [InlineData("0", 0)]
    [InlineData("twenty one", 21)]
    public async Task Integer_prompt_understands_how_people_say_numbers(string reply, int expected)
    {
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(new NumberPrompt<int>("number"), ScoreQuestion));

        await harness.Flow()
            .Send("hi").AssertReply("How bad is it from 0 to 10?")
            .Send(reply).AssertReply($"number {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("siete", 7)]
    [InlineData("un 7", 7)]
    [InlineData("un 7 de 10", 7)]
    [InlineData("siete de diez", 7)]
    [InlineData("como un ocho", 8)]
    [InlineData("diría que un 4", 4)]
    [InlineData("veintiuno", 21)]
    public async Task A_spanish_prompt_understands_how_people_say_numbers_in_spanish(string reply, int expected)
    {
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(new NumberPrompt<int>("number", defaultLocale: "es"), ScoreQuestion));

        await harness.Flow()
            .Send("hi").AssertReply("How bad is it from 0 to 10?")
            .Send(reply).AssertReply($"number {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("no idea")]
    [InlineData("asdfgh")]
    [InlineData("5 or 6")]
    [InlineData("between 5 and 6")]
    [InlineData("6.5")]
    [InlineData("   ")]
    public async Task Integer_prompt_retries_replies_without_one_whole_number(string reply)
    {
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(new NumberPrompt<int>("number"), ScoreQuestion));

        await harness.Flow()
            .Send("hi").AssertReply("How bad is it from 0 to 10?")
            .Send(reply).AssertReply("Please give a number from 0 to 10.")
            .Send("3").AssertReply("number 3")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("6.5", "6.5")]
    [InlineData("6.5/10", "6.5")]
    [InlineData("six and a half", "6.5")]
    public async Task Double_prompt_keeps_fractions(string reply, string expected)
    {
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(new NumberPrompt<double>("number"), ScoreQuestion));

        await harness.Flow()
            .Send("hi").AssertReply("How bad is it from 0 to 10?")
            .Send(reply).AssertReply($"number {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Decimal_prompt_returns_decimal()
    {
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(new NumberPrompt<decimal>("number"), ScoreQuestion));

        await harness.Flow()
            .Send("hi").AssertReply("How bad is it from 0 to 10?")
            .Send("about 2.25").AssertReply("number 2.25")
            .StartTestAsync();

        Assert.IsType<decimal>(harness.LastResult?.Result);
    }

    [Fact]
    public void Unsupported_number_type_is_rejected_at_construction()
        => Assert.Throws<NotSupportedException>(() => new NumberPrompt<byte>("number"));
}
