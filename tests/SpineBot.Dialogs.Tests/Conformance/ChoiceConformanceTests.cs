using Microsoft.Bot.Builder;
using SpineBot.Dialogs.Choices;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>The behaviours botbuilder-dotnet's ChoicePromptTests, ChoiceRecognizersTest and ChoiceFactoryTests check.</summary>
public sealed class ChoiceConformanceTests
{
    private static readonly IList<Choice> Colors = ChoiceFactory.ToChoices(["red", "green", "blue"]);

    private static SdkStyleBot Asking(ChoicePrompt prompt, ListStyle? style = null, string? retry = null) => new("ask", () => [
        new WaterfallDialog("ask", [
            (step, ct) => step.PromptAsync(prompt.Id, new PromptOptions
            {
                Prompt = MessageFactory.Text("favorite color?"),
                RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
                Choices = Colors,
                Style = style,
            }, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]),
        prompt,
    ]);

    [Fact]
    public async Task Choices_can_be_shown_inline()
    {
        await Asking(new ChoicePrompt("choice"), ListStyle.Inline).Flow()
            .Send("hello").AssertReply("favorite color? (1) red, (2) green, or (3) blue")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choices_can_be_shown_as_a_numbered_list()
    {
        await Asking(new ChoicePrompt("choice"), ListStyle.List).Flow()
            .Send("hello").AssertReply(a => Assert.Matches(@"^favorite color\?\s+1\. red\s+2\. green\s+3\. blue$", a.AsMessageActivity().Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Choices_can_be_shown_as_suggested_actions()
    {
        await Asking(new ChoicePrompt("choice"), ListStyle.SuggestedAction).Flow()
            .Send("hello").AssertReply(a =>
            {
                Assert.Equal("favorite color?", a.AsMessageActivity().Text);
                Assert.Equal(["red", "green", "blue"], a.AsMessageActivity().SuggestedActions.Actions.Select(x => x.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task The_prompt_style_applies_when_the_options_set_none()
    {
        await Asking(new ChoicePrompt("choice") { Style = ListStyle.Inline }).Flow()
            .Send("hello").AssertReply("favorite color? (1) red, (2) green, or (3) blue")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("red", 0)]
    [InlineData("I like green", 1)]
    [InlineData("2", 1)]
    [InlineData("the third one", 2)]
    [InlineData("Blue!", 2)]
    public async Task A_reply_is_recognised_by_name_within_a_sentence_by_number_and_by_position(string reply, int index)
    {
        await Asking(new ChoicePrompt("choice"), ListStyle.None).Flow()
            .Send("hello").AssertReply("favorite color?")
            .Send(reply).AssertReply($"Bot received 'choice {index}: {Colors[index].Value}'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Other_text_is_not_recognised_and_the_retry_prompt_shows_the_choices_again()
    {
        await Asking(new ChoicePrompt("choice"), ListStyle.Inline, "your favorite color, please?").Flow()
            .Send("hello").AssertReply("favorite color? (1) red, (2) green, or (3) blue")
            .Send("what was that?").AssertReply("your favorite color, please? (1) red, (2) green, or (3) blue")
            .Send("red").AssertReply("Bot received 'choice 0: red'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_custom_validator_decides_and_can_reply_instead_of_the_retry_prompt()
    {
        async Task<bool> NotRed(PromptValidatorContext<FoundChoice> ctx, CancellationToken ct)
        {
            if (ctx.Recognized.Succeeded && ctx.Recognized.Value!.Value != "red")
            {
                return true;
            }

            await ctx.Context.SendActivityAsync("validator says no", cancellationToken: ct);
            return false;
        }

        await Asking(new ChoicePrompt("choice", NotRed), ListStyle.None, "retry").Flow()
            .Send("hello").AssertReply("favorite color?")
            .Send("red").AssertReply("validator says no")
            .Send("blue").AssertReply("Bot received 'choice 2: blue'.")
            .StartTestAsync();
    }

    [Fact]
    public void The_recognizer_accepts_a_null_or_empty_utterance()
    {
        Assert.Null(ChoiceRecognizer.Recognize(null, Colors));
        Assert.Null(ChoiceRecognizer.Recognize(string.Empty, Colors));
    }

    [Fact]
    public void The_recognizer_finds_a_choice_by_synonym()
    {
        var choices = new List<Choice> { new("red") { Synonyms = ["crimson"] }, new("blue") };

        var found = ChoiceRecognizer.Recognize("crimson please", choices);

        Assert.NotNull(found);
        Assert.Equal(0, found.Index);
        Assert.Equal("red", found.Value);
    }

    [Fact]
    public void Inline_rendering_of_two_choices_joins_them_with_or()
    {
        Assert.Equal("(1) yes or (2) no", ChoiceFactory.Inline(ChoiceFactory.ToChoices(["yes", "no"])).Text);
    }
}
