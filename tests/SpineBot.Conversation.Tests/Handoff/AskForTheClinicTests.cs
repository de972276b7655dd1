using Newtonsoft.Json.Linq;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Handoff;

/// <summary>"Talk to the clinic" from any point, and the handoff.initiate event.</summary>
public sealed class AskForTheClinicTests
{
    [Theory]
    [InlineData("can I talk to someone?")]
    [InlineData("book an appointment")]
    [InlineData("what's the clinic's phone number")]
    [InlineData("talk to the clinic")]
    public async Task Asking_as_the_first_message_shows_the_clinics_card(string message)
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync(message);

        Assert.Contains(bot.Content.Handoff.Wording.Contact, replies.AllText, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Clinic.Phone, replies.AllText, StringComparison.Ordinal);
        Assert.Equal(bot.Content.Callback.Offer, replies.Last);
    }

    [Fact]
    public async Task Asking_mid_intake_shows_the_clinic_then_goes_back_to_the_question()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");

        var asked = await bot.SayAsync("can I talk to someone");
        var declined = await bot.SayAsync(bot.Content.Handoff.Wording.NoThanksButton);

        Assert.Single(asked.HeroCards);
        Assert.Equal(bot.Content.Callback.Declined, declined.First);
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, declined.Last);
    }

    [Fact]
    public async Task Asking_again_while_the_clinic_is_shown_repeats_the_number_rather_than_starting_over()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("phone number");

        var again = await bot.SayAsync("call");

        Assert.Equal(bot.Content.Handoff.Wording.Contact, again.First);
        Assert.Equal(bot.Content.Callback.Offer, again.Last);
        Assert.Empty(again.HeroCards);
    }

    [Fact]
    public async Task The_handoff_initiate_event_carries_the_summary_and_no_personal_details()
    {
        using var bot = new BotHarness(channelId: "directline");
        await bot.SayAsync("My lower back has hurt for 3 weeks, about 6 out of 10");
        await bot.PassSafetyCheckAsync();

        var replies = await bot.SayAsync("I'd like to talk to a person");

        var handoff = Assert.Single(replies.Events);
        Assert.Equal("handoff.initiate", handoff.Name);
        var value = JObject.FromObject(handoff.Value);
        Assert.Equal("asked", (string?)value["Trigger"]);
        Assert.Equal(6, (int?)value["Summary"]!["Severity"]);
        Assert.Equal(21, (double?)value["Summary"]!["DurationDays"]);
        Assert.Contains("long-lasting", value["Summary"]!["HandoffReasonIds"]!.Values<string>());
    }

    [Fact]
    public async Task The_handoff_event_never_holds_what_the_runner_typed()
    {
        using var bot = new BotHarness(channelId: "directline");
        await bot.SayAsync("My lower back hurts since my neighbour Bartholomew's party");
        await bot.PassSafetyCheckAsync();

        var replies = await bot.SayAsync("talk to the clinic");

        var json = JObject.FromObject(Assert.Single(replies.Events).Value).ToString();
        Assert.DoesNotContain("Bartholomew", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("neighbour", json, StringComparison.OrdinalIgnoreCase);
    }
}
