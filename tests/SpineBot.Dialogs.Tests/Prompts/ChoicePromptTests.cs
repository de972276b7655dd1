using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;
using SpineBot.Dialogs.Tests.Infrastructure;

namespace SpineBot.Dialogs.Tests.Prompts;

public sealed class ChoicePromptTests
{
    private static PromptOptions WhereQuestion() => new()
    {
        Prompt = MessageFactory.Text("Where does it hurt?"),
        RetryPrompt = MessageFactory.Text("Sorry, which of these is closest?"),
        Choices =
        [
            new Choice("Lower back") { Synonyms = ["lumbar", "low back"] },
            new Choice("Upper back"),
            new Choice("Buttock and leg") { Synonyms = ["sciatica"] },
            new Choice("Neck"),
        ],
        Style = ListStyle.List,
    };

    private static DialogHarness Harness() => new(() => PromptScript.AskThenEcho(new ChoicePrompt("choice"), WhereQuestion));

    [Theory]
    [InlineData("Lower back", 0)]
    [InlineData("lower BACK!", 0)]
    [InlineData("neck", 3)]
    [InlineData("lumbar", 0)]
    [InlineData("sciatica", 2)]
    [InlineData("it's sciatica I think", 2)]
    [InlineData("2", 1)]
    [InlineData("two", 1)]
    [InlineData("second", 1)]
    [InlineData("the 2nd one", 1)]
    [InlineData("number 3", 2)]
    [InlineData("#4", 3)]
    [InlineData("the last one", 3)]
    [InlineData("lowr back", 0)]
    [InlineData("uper back", 1)]
    [InlineData("sciatcia", 2)]
    [InlineData("nekc", 3)]
    [InlineData("my upper back mostly", 1)]
    [InlineData("down my leg", 2)]
    [InlineData("buttock", 2)]
    public async Task Reply_picks_the_meant_choice(string reply, int expectedIndex)
    {
        var expected = WhereQuestion().Choices![expectedIndex].Value;

        await Harness().Flow()
            .Send("hi").AssertReply(a => Assert.StartsWith("Where does it hurt?", a.AsMessageActivity().Text))
            .Send(reply).AssertReply($"choice {expectedIndex}: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("back")]
    [InlineData("banana")]
    [InlineData("5")]
    [InlineData("fifth")]
    [InlineData("   ")]
    public async Task Ambiguous_or_unknown_reply_is_asked_again_with_the_choices(string reply)
    {
        await Harness().Flow()
            .Send("hi").AssertReply(a => Assert.StartsWith("Where does it hurt?", a.AsMessageActivity().Text))
            .Send(reply).AssertReply(a =>
            {
                var text = a.AsMessageActivity().Text;
                Assert.StartsWith("Sorry, which of these is closest?", text);
                Assert.Contains("1. Lower back", text);
                Assert.Contains("4. Neck", text);
            })
            .Send("neck").AssertReply("choice 3: Neck")
            .StartTestAsync();
    }

    [Fact]
    public async Task Found_choice_names_the_synonym_that_matched()
    {
        var harness = Harness();

        await harness.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send("lumbar").AssertReply("choice 0: Lower back")
            .StartTestAsync();

        var found = Assert.IsType<FoundChoice>(harness.LastResult?.Result);
        Assert.Equal("lumbar", found.Synonym);
        Assert.Equal(1f, found.Score);
    }

    [Fact]
    public async Task Choice_value_that_looks_like_a_number_wins_over_position()
    {
        PromptOptions Options() => new()
        {
            Prompt = MessageFactory.Text("Runs per week?"),
            Choices = ChoiceFactory.ToChoices(["0", "1", "2", "3 or more"]),
            Style = ListStyle.None,
        };
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(new ChoicePrompt("choice"), Options));

        await harness.Flow()
            .Send("hi").AssertReply("Runs per week?")
            .Send("1").AssertReply("choice 1: 1")
            .StartTestAsync();
    }
}
