using Newtonsoft.Json.Linq;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Safety;

/// <summary>The clinic learns the level and why: the handoff.initiate event and the call-back record carry them.</summary>
public sealed class HandoffPayloadTests
{
    [Fact]
    public async Task A_doctor_today_hand_off_event_carries_the_level_and_the_warning_sign()
    {
        using var bot = new BotHarness(channelId: "directline");
        await bot.SayAsync("My lower back hurts after running");
        await bot.PassSafetyCheckAsync();

        var replies = await bot.SayAsync("I've had a fever and chills since yesterday");

        var value = JObject.FromObject(Assert.Single(replies.Events).Value);
        Assert.Equal("care-today", (string?)value["Trigger"]);
        Assert.Equal("consultation-24h", (string?)value["Level"]);
        Assert.Contains("fever", value["Reasons"]!.Values<string>());
    }

    [Fact]
    public async Task Persistent_pain_hand_off_event_carries_consultation_and_the_rules_reasons()
    {
        using var bot = new BotHarness(channelId: "directline");
        await bot.SayAsync("My lower back has hurt for 3 weeks, about 6 out of 10");
        await bot.PassSafetyCheckAsync();

        var replies = await bot.SayAsync("I'd like to talk to a person");

        var value = JObject.FromObject(Assert.Single(replies.Events).Value);
        Assert.Equal("consultation", (string?)value["Level"]);
        Assert.Contains("long-lasting", value["Reasons"]!.Values<string>());
    }

    [Fact]
    public async Task A_call_back_after_a_doctor_today_advice_is_recorded_with_its_level_and_reasons()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        await bot.PassSafetyCheckAsync();
        await bot.SayAsync("I've had a fever since yesterday");

        await bot.SayAsync(bot.Content.Handoff.Wording.CallbackButton);
        await bot.SayAsync("Dana Whitaker");
        await bot.SayAsync("(310) 555-0123");
        await bot.SayAsync("Evening");
        await bot.SayAsync("Yes");

        var request = Assert.Single(bot.Callbacks.All);
        Assert.Equal("consultation-24h", request.Level);
        Assert.Contains("fever", request.Reasons.Split(','));
    }
}
