using SpineBot.Triage.Levels;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Safety;

public sealed class EmergencyTests
{
    public static TheoryData<string, TriageLevel> Emergencies => new()
    {
        { "I can't pee since yesterday and my back is killing me", TriageLevel.Emergency },
        { "my lower back hurts and I've got numbness in my groin", TriageLevel.Emergency },
        { "help, I can't feel my legs", TriageLevel.Emergency },
        { "chest pain and my upper back hurts", TriageLevel.EmergencyAmbulance },
        { "my foot keeps dragging and my leg is getting weaker", TriageLevel.Emergency },
        { "I want to kill myself", TriageLevel.Crisis },
    };

    /// <summary>Signs that need a doctor today, not 911 (the screen used to send these to the emergency room).</summary>
    public static TheoryData<string> SeeADoctorToday =>
    [
        "my back hurts and I have a fever",
        "I have a history of cancer and this back pain won't go away",
    ];

    [Theory]
    [MemberData(nameof(Emergencies))]
    public async Task An_emergency_as_the_first_message_gets_its_levels_advice_before_anything_else(string message, TriageLevel level)
    {
        using var bot = new BotHarness();
        var wording = bot.Content.RedFlags.WordingFor(level);

        var replies = await bot.SayAsync(message);

        Assert.Contains(wording.Action, replies.First, StringComparison.Ordinal);
        Assert.Contains("911", replies.First, StringComparison.Ordinal);
        Assert.False(replies.Says(bot.Content.Messages.StoryThanks));
        Assert.Contains(wording.Closing, replies.Last, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Messages.StartAgainButton, replies.Buttons);
    }

    [Theory]
    [MemberData(nameof(SeeADoctorToday))]
    public async Task An_urgent_sign_is_told_to_see_a_doctor_today_not_sent_to_911(string message)
    {
        using var bot = new BotHarness();
        var wording = bot.Content.RedFlags.WordingFor(TriageLevel.Consultation24h);

        var replies = await bot.SayAsync(message);

        Assert.Contains(wording.Action, replies.First, StringComparison.Ordinal);
        Assert.Contains(bot.Content.Clinic.Phone, replies.First, StringComparison.Ordinal);
        Assert.DoesNotContain("Please call 911", replies.First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minor_fall_on_its_own_is_not_an_emergency()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("I fell hard on my back during my run");

        Assert.DoesNotContain(bot.Content.RedFlags.WordingFor(TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.FirstQuestion, replies.Last);
    }

    [Fact]
    public async Task The_emergency_names_the_warning_sign_and_offers_a_button_that_dials_911()
    {
        using var bot = new BotHarness(channelId: "webchat");

        var replies = await bot.SayAsync("I lost control of my bladder after my run");

        Assert.Contains(bot.Content.RedFlags.Descriptions["bladder-bowel-control"], replies.First, StringComparison.Ordinal);
        Assert.Contains(replies.LinkButtons, button => (string)button.Value == bot.Content.Clinic.EmergencyLink);
    }

    [Fact]
    public async Task A_fever_mid_conversation_is_told_to_see_a_doctor_today_then_offered_the_clinic_and_no_more_questions()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running, about 5 out of 10");
        var fever = await bot.SayAsync("I think I have a fever");

        var declined = await bot.SayAsync("no thanks");

        Assert.Contains(bot.Content.RedFlags.WordingFor(TriageLevel.Consultation24h).Action, fever.First, StringComparison.Ordinal);
        Assert.Equal(bot.Content.Callback.Offer, fever.Last);
        Assert.Null(ConversationDriver.QuestionAsked(bot.Content, fever));
        Assert.Null(ConversationDriver.QuestionAsked(bot.Content, declined));
    }

    [Fact]
    public async Task Answering_yes_to_the_first_safety_group_and_then_the_nerves_is_an_emergency()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");
        var nerves = bot.Content.RedFlags.SafetyCheck!.Groups[0].Which!.Parts.Single(part => part.Level == TriageLevel.Emergency);

        await bot.SayAsync("Yes");
        var replies = await bot.SayAsync("the second one");

        Assert.Contains(nerves.Reasons, replies.First, StringComparison.Ordinal);
        Assert.Contains(bot.Content.RedFlags.WordingFor(TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
        Assert.Null(ConversationDriver.QuestionAsked(bot.Content, replies));
    }

    [Fact]
    public async Task Not_sure_at_the_safety_check_is_told_to_play_it_safe_and_is_given_the_clinics_number_at_the_end()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("My lower back hurts after running");

        var unsure = await bot.SayAsync("I'm not sure");
        var rest = await ConversationDriver.AnswerQuestionsAsync(bot, unsure, ConversationDriver.MildAche);

        Assert.Equal(bot.Content.RedFlags.SafetyCheck!.UnsureMessage, unsure.First);
        Assert.Contains(bot.Content.Clinic.Phone, ConversationDriver.AllText(rest), StringComparison.Ordinal);
        Assert.Equal(bot.Content.Callback.Offer, rest[^1].Last);
    }

    [Fact]
    public async Task Emergencies_are_counted_by_warning_sign()
    {
        using var bot = new BotHarness();
        using var flags = bot.Counter("spinebot.red_flags");

        await bot.SayAsync("I have a fever and I can't pee");

        var tags = flags.GetMeasurementSnapshot().Select(measurement => measurement.Tags["flag"]).ToList();
        Assert.Contains("fever", tags);
        Assert.Contains("bladder-bowel-control", tags);
    }

    [Fact]
    public async Task A_warning_sign_at_the_end_of_a_very_long_message_is_still_caught()
    {
        using var bot = new BotHarness();
        var message = string.Concat(Enumerable.Repeat("My back is sore after my long run. ", 280)) + "Also I can't feel my legs.";

        var replies = await bot.SayAsync(message);

        Assert.Contains(bot.Content.RedFlags.WordingFor(TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
    }
}
