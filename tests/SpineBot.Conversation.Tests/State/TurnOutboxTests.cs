using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SpineBot.Conversation.Tests.Support;
using SpineBot.Dialogs;
using SpineBot.Dialogs.Prompts;

namespace SpineBot.Conversation.Tests.State;

/// <summary>
/// The turn outbox: replies, records, events and counters happen once, after the turn's state is saved, through the
/// bot's real middleware.
/// </summary>
public sealed class TurnOutboxTests
{
    [Fact]
    public async Task A_validator_that_replies_sends_exactly_its_own_message_through_the_real_middleware()
    {
        using var bot = new BotHarness();
        var state = bot.Services.GetRequiredService<ConversationState>();
        var dialogState = state.CreateProperty<DialogState>("OutboxTestDialogState");
        var dialogs = new DialogSet(dialogState).Add(new NumberPrompt<int>("age", async (prompt, token) =>
        {
            if (prompt.Recognized.Succeeded)
            {
                return true;
            }

            await prompt.Context.SendActivityAsync(MessageFactory.Text("Numbers only, please."), token);
            return false;
        }));

        async Task TurnAsync(ITurnContext turn, CancellationToken token)
        {
            var dc = await dialogs.CreateContextAsync(turn, token);
            var result = await dc.ContinueDialogAsync(token);
            if (result.Status == DialogTurnStatus.Empty)
            {
                await dc.PromptAsync("age", new PromptOptions { Prompt = MessageFactory.Text("How old are you?"), RetryPrompt = MessageFactory.Text("Your age, as a number?") }, token);
            }

            await state.SaveChangesAsync(turn, false, token);
        }

        await bot.Adapter.SendTextToBotAsync("hi", TurnAsync, CancellationToken.None);
        Assert.Equal("How old are you?", bot.Adapter.GetNextReply()?.AsMessageActivity()?.Text);

        await bot.Adapter.SendTextToBotAsync("old enough", TurnAsync, CancellationToken.None);

        Assert.Equal("Numbers only, please.", bot.Adapter.GetNextReply()?.AsMessageActivity()?.Text);
        Assert.Null(bot.Adapter.GetNextReply());
    }

    [Fact]
    public async Task A_turn_retried_after_a_conflict_records_one_call_back_and_counts_it_once()
    {
        var store = new StoreThatConflicts();
        using var bot = new BotHarness(storage: store);
        using var requests = bot.Counter("spinebot.callback_requests");
        using var completed = bot.Counter("spinebot.dialogs.completed");
        await ReachConsentAsync(bot);

        store.ConflictOnNextWrite = true;
        var confirmed = await bot.SayAsync("Yes");

        Assert.Equal(1, store.ConflictsRaised);
        Assert.Single(bot.Callbacks.All);
        Assert.Single(requests.GetMeasurementSnapshot());
        Assert.Single(confirmed.Texts, text => text.StartsWith(bot.Content.Callback.Confirmation.Render(new Dictionary<string, string>
        {
            ["name"] = "Dana Whitaker",
            ["phone"] = "310-555-0123",
            ["bestTime"] = "Evening",
        }), StringComparison.Ordinal));
        Assert.Single(completed.GetMeasurementSnapshot(), measurement => Equals(measurement.Tags["dialog"], "callbackRequest"));
    }

    [Fact]
    public async Task A_turn_retried_after_a_conflict_sends_one_handoff_event_and_counts_one_handoff()
    {
        var store = new StoreThatConflicts();
        using var bot = new BotHarness(channelId: "directline", storage: store);
        using var handoffs = bot.Counter("spinebot.handoffs");
        await bot.SayAsync("My lower back has hurt for 3 weeks, about 6 out of 10");
        await bot.PassSafetyCheckAsync();

        store.ConflictOnNextWrite = true;
        var replies = await bot.SayAsync("I'd like to talk to a person");

        Assert.Equal(1, store.ConflictsRaised);
        Assert.Equal("handoff.initiate", Assert.Single(replies.Events).Name);
        Assert.Single(replies.HeroCards);
        Assert.Single(handoffs.GetMeasurementSnapshot());
    }

    private static async Task ReachConsentAsync(BotHarness bot)
    {
        var story = await bot.SayAsync("My lower back has hurt for 3 weeks");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);
        Assert.Equal(bot.Content.Callback.Offer, turns[^1].Last);
        await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton);
        await bot.SayAsync("Dana Whitaker");
        await bot.SayAsync("(310) 555-0123");
        Assert.Equal(bot.Content.Callback.ConsentPrompt, (await bot.SayAsync("Evening")).Last);
    }
}
