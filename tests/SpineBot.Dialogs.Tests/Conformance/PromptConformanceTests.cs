using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Dialogs.Tests.Conformance;

/// <summary>The behaviours botbuilder-dotnet's TextPrompt, NumberPrompt and ConfirmPrompt tests check.</summary>
public sealed class PromptConformanceTests
{
    private static SdkStyleBot Asking(Dialog prompt, PromptOptions options) => new("ask", () => [
        new WaterfallDialog("ask", [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]),
        prompt,
    ]);

    private static PromptOptions Ask(string text, string? retry = null)
        => new() { Prompt = MessageFactory.Text(text), RetryPrompt = retry is null ? null : MessageFactory.Text(retry) };

    [Fact]
    public async Task A_text_prompt_returns_the_reply()
    {
        var bot = Asking(new TextPrompt("text"), Ask("Enter some text."));

        await bot.Flow().Send("hello").AssertReply("Enter some text.").Send("some text").AssertReply("Bot received 'text some text'.").StartTestAsync();
    }

    [Fact]
    public async Task A_rejected_reply_gets_the_retry_prompt_every_time_until_the_validator_accepts()
    {
        var bot = Asking(
            new TextPrompt("text", (ctx, ct) => Task.FromResult(ctx.Recognized.Value?.Length > 3)),
            Ask("Enter some text.", "Make sure the text is greater than three characters."));

        await bot.Flow()
            .Send("hello").AssertReply("Enter some text.")
            .Send("hi").AssertReply("Make sure the text is greater than three characters.")
            .Send("yo").AssertReply("Make sure the text is greater than three characters.")
            .Send("ok").AssertReply("Make sure the text is greater than three characters.")
            .Send("hello again").AssertReply("Bot received 'text hello again'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_validator_that_sends_a_message_suppresses_the_retry_prompt()
    {
        async Task<bool> Explains(PromptValidatorContext<string> ctx, CancellationToken ct)
        {
            if (ctx.Recognized.Value?.Length > 3)
            {
                return true;
            }

            await ctx.Context.SendActivityAsync("Make sure the text is greater than three characters.", cancellationToken: ct);
            return false;
        }

        var bot = Asking(new TextPrompt("text", Explains), Ask("Enter some text.", "Retry prompt the validator replaces."));

        await bot.Flow()
            .Send("hello").AssertReply("Enter some text.")
            .Send("hi").AssertReply("Make sure the text is greater than three characters.")
            .Send("hello again").AssertReply("Bot received 'text hello again'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_validator_sees_the_attempt_count_grow_across_turns()
    {
        var counts = new List<int>();
        var bot = Asking(
            new NumberPrompt<int>("number", (ctx, ct) =>
            {
                counts.Add(ctx.AttemptCount);
                return Task.FromResult(ctx.Recognized.Succeeded);
            }),
            Ask("Enter a number."));

        await bot.Flow()
            .Send("hello").AssertReply("Enter a number.")
            .Send("abc").AssertReply("Enter a number.")
            .Send("def").AssertReply("Enter a number.")
            .Send("3").AssertReply("Bot received 'number 3'.")
            .StartTestAsync();
        Assert.Equal([1, 2, 3], counts);
    }

    [Fact]
    public async Task A_number_prompt_reads_digits_and_retries_other_text()
    {
        var bot = Asking(new NumberPrompt<int>("number"), Ask("Enter a number.", "You must enter a number."));

        await bot.Flow()
            .Send("hello").AssertReply("Enter a number.")
            .Send("hello").AssertReply("You must enter a number.")
            .Send("64").AssertReply("Bot received 'number 64'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_number_prompt_validator_can_limit_the_range()
    {
        var bot = Asking(
            new NumberPrompt<int>("number", (ctx, ct) => Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value is > 0 and < 100)),
            Ask("Enter a number.", "You must enter a positive number less than 100."));

        await bot.Flow()
            .Send("hello").AssertReply("Enter a number.")
            .Send("150").AssertReply("You must enter a positive number less than 100.")
            .Send("64").AssertReply("Bot received 'number 64'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_decimal_number_prompt_keeps_the_fraction()
    {
        var bot = Asking(new NumberPrompt<double>("number"), Ask("Enter a number."));

        await bot.Flow().Send("hello").AssertReply("Enter a number.").Send("3.14").AssertReply("Bot received 'number 3.14'.").StartTestAsync();
    }

    [Theory]
    [InlineData("yes", "answer yes")]
    [InlineData("no", "answer no")]
    public async Task A_confirm_prompt_reads_yes_and_no(string reply, string understood)
    {
        var bot = Asking(new ConfirmPrompt("confirm"), Ask("Please confirm."));

        await bot.Flow().Send("hello").AssertReply(a => Assert.StartsWith("Please confirm.", ((IMessageActivity)a).Text, StringComparison.Ordinal))
            .Send(reply).AssertReply($"Bot received '{understood}'.").StartTestAsync();
    }

    [Fact]
    public async Task A_confirm_prompt_retries_an_unclear_reply_and_reads_the_option_number()
    {
        var bot = Asking(new ConfirmPrompt("confirm") { Style = SpineBot.Dialogs.Choices.ListStyle.Inline }, Ask("Please confirm.", "Please confirm, say 'yes' or 'no' or something like that."));

        await bot.Flow()
            .Send("hello").AssertReply("Please confirm. (1) Yes or (2) No")
            .Send("lala").AssertReply("Please confirm, say 'yes' or 'no' or something like that. (1) Yes or (2) No")
            .Send("2").AssertReply("Bot received 'answer no'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_ignores_activities_that_are_not_messages()
    {
        var bot = Asking(new TextPrompt("text"), Ask("Enter some text."));

        await bot.Flow()
            .Send("hello").AssertReply("Enter some text.")
            .Send(new Activity(ActivityTypes.Event) { Name = "ping" })
            .Send("words").AssertReply("Bot received 'text words'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_started_without_prompt_options_throws()
    {
        var bot = new SdkStyleBot("ask", () => [
            new WaterfallDialog("ask", [(step, ct) => step.BeginDialogAsync("text", null, ct)]),
            new TextPrompt("text"),
        ]);

        await Assert.ThrowsAsync<ArgumentException>(() => bot.Flow().Send("hello").StartTestAsync());
    }
}
