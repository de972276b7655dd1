using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;
using SpineBot.Dialogs.Tests.Infrastructure;

namespace SpineBot.Dialogs.Tests.Prompts;

public sealed class ConfirmPromptTests
{
    private static PromptOptions NumbnessQuestion() => new()
    {
        Prompt = MessageFactory.Text("Any numbness?"),
        RetryPrompt = MessageFactory.Text("Please answer yes or no."),
    };

    private static DialogHarness Harness() => new(() => PromptScript.AskThenEcho(new ConfirmPrompt("confirm"), NumbnessQuestion));

    [Theory]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("sure")]
    [InlineData("ok")]
    [InlineData("y")]
    [InlineData("yes please")]
    [InlineData("I think so")]
    [InlineData("of course")]
    [InlineData("sure, why not")]
    [InlineData("yes, no problem")]
    public async Task Yes_phrasings_read_as_yes(string reply)
    {
        await Harness().Flow()
            .Send("hi").AssertReply(_ => { })
            .Send(reply).AssertReply("answer yes")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("not really")]
    [InlineData("n")]
    [InlineData("I don't think so")]
    [InlineData("not at all")]
    [InlineData("it does not")]
    [InlineData("not ok")]
    [InlineData("no thanks")]
    public async Task No_phrasings_read_as_no(string reply)
    {
        await Harness().Flow()
            .Send("hi").AssertReply(_ => { })
            .Send(reply).AssertReply("answer no")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("maybe")]
    [InlineData("I don't know")]
    [InlineData("yes and no")]
    [InlineData("what do you mean")]
    public async Task Unsure_or_mixed_replies_are_asked_again(string reply)
    {
        await Harness().Flow()
            .Send("hi").AssertReply(_ => { })
            .Send(reply).AssertReply(a => Assert.StartsWith("Please answer yes or no.", a.AsMessageActivity().Text))
            .Send("yes").AssertReply("answer yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task Question_offers_yes_and_no_buttons()
    {
        await Harness().Flow()
            .Send("hi").AssertReply(a =>
            {
                var buttons = a.AsMessageActivity().SuggestedActions.Actions;
                Assert.Equal(["Yes", "No"], buttons.Select(b => b.Title));
                Assert.All(buttons, b => Assert.Equal(ActionTypes.ImBack, b.Type));
                Assert.Equal("Any numbness?", a.AsMessageActivity().Text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Custom_labels_are_shown_and_understood()
    {
        PromptOptions Options() => new()
        {
            Prompt = MessageFactory.Text("Did it start during a run?"),
            Choices = [new Choice("During the run"), new Choice("Afterwards") { Synonyms = ["later"] }],
        };
        var harness = new DialogHarness(() => PromptScript.AskThenEcho(new ConfirmPrompt("confirm"), Options));

        await harness.Flow()
            .Send("hi").AssertReply(a => Assert.Equal(["During the run", "Afterwards"], a.AsMessageActivity().SuggestedActions.Actions.Select(b => b.Title)))
            .Send("later").AssertReply("answer no")
            .StartTestAsync();
    }
}
