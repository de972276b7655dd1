using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Callback;

public sealed class CallbackRequestTests
{
    [Fact]
    public async Task A_call_back_request_is_recorded_with_consent_and_confirmed()
    {
        using var bot = new BotHarness();
        using var requests = bot.Counter("spinebot.callback_requests");
        var callback = bot.Content.Callback;
        await ReachOfferAsync(bot);

        Assert.Equal(callback.NamePrompt, (await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton)).Last);
        Assert.Equal(callback.PhonePrompt.Render("name", "Dana Whitaker"), (await bot.SayAsync("Dana Whitaker")).Last);
        Assert.Equal(callback.BestTimePrompt, (await bot.SayAsync("(310) 555-0123")).Last);
        var consent = await bot.SayAsync("Evening");
        var confirmed = await bot.SayAsync("Yes");

        Assert.Equal(callback.Consent, consent.First);
        Assert.Equal(callback.ConsentPrompt, consent.Last);
        var request = Assert.Single(bot.Callbacks.All);
        Assert.Equal("Dana Whitaker", request.Name);
        Assert.Equal("310-555-0123", request.Phone);
        Assert.Equal("Evening", request.BestTime);
        Assert.Equal(bot.Time.GetUtcNow(), request.CreatedAt);
        Assert.Equal(bot.Adapter.Conversation.Conversation.Id, request.ConversationId);
        Assert.Matches("^[0-9a-f]{32}$", request.Id);
        Assert.Contains(bot.Content.Messages.Summary.Duration.Render("duration", "3 weeks"), request.Summary, StringComparison.Ordinal);
        var expected = callback.Confirmation.Render(new Dictionary<string, string> { ["name"] = "Dana Whitaker", ["phone"] = "310-555-0123", ["bestTime"] = "Evening" });
        Assert.Equal(expected, confirmed.First);
        Assert.Single(requests.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task An_invalid_phone_number_is_asked_for_again_politely()
    {
        using var bot = new BotHarness();
        await ReachOfferAsync(bot);
        await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton);
        await bot.SayAsync("Dana");

        var retry = await bot.SayAsync("555-1234");
        var accepted = await bot.SayAsync("+1 310.555.0123");

        Assert.Equal(bot.Content.Callback.PhoneRetry, retry.Last);
        Assert.Equal(bot.Content.Callback.BestTimePrompt, accepted.Last);
    }

    [Fact]
    public async Task Without_consent_nothing_is_kept()
    {
        using var bot = new BotHarness();
        await ReachOfferAsync(bot);
        await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton);
        await bot.SayAsync("Dana");
        await bot.SayAsync("310-555-0123");
        await bot.SayAsync("Morning");

        var declined = await bot.SayAsync("No");

        Assert.Empty(bot.Callbacks.All);
        Assert.Equal(bot.Content.Callback.Declined, declined.First);
    }

    [Fact]
    public async Task Three_unusable_phone_numbers_give_the_clinics_number_instead_of_looping()
    {
        using var bot = new BotHarness();
        await ReachOfferAsync(bot);
        await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton);
        await bot.SayAsync("Dana");
        await bot.SayAsync("call me");
        await bot.SayAsync("123");

        var third = await bot.SayAsync("my cell");

        Assert.Equal(bot.Content.Messages.TooManyMisses, third.First);
        Assert.Contains(bot.Content.Clinic.Phone, third.First, StringComparison.Ordinal);
        Assert.Empty(bot.Callbacks.All);
    }

    [Fact]
    public async Task A_name_that_is_not_a_name_is_asked_for_again()
    {
        using var bot = new BotHarness();
        await ReachOfferAsync(bot);
        await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton);

        var retry = await bot.SayAsync("[click me](https://example.com)");

        Assert.Equal(bot.Content.Callback.NameRetry, retry.Last);
    }

    [Fact]
    public async Task Declining_the_call_back_keeps_the_number_on_screen_and_goes_on_to_the_summary()
    {
        using var bot = new BotHarness();
        await ReachOfferAsync(bot);

        var declined = await bot.SayAsync(bot.Content.Handoff.Wording.NoThanksButton);

        Assert.Equal(bot.Content.Callback.Declined, declined.First);
        Assert.Contains(bot.Content.Messages.Summary.Title, declined.AllText, StringComparison.Ordinal);
        Assert.Equal(bot.Content.Messages.Feedback.Question, declined.Last);
    }

    private static async Task ReachOfferAsync(BotHarness bot)
    {
        var story = await bot.SayAsync("My lower back has hurt for 3 weeks");
        var turns = await ConversationDriver.AnswerQuestionsAsync(bot, story, ConversationDriver.MildAche);
        Assert.Equal(bot.Content.Callback.Offer, turns[^1].Last);
    }
}
