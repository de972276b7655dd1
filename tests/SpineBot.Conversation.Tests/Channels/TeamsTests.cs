using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SpineBot.Conversation.Tests.Support;

namespace SpineBot.Conversation.Tests.Channels;

/// <summary>Teams-shaped activities: channel "msteams", personal chats, cards instead of more than three suggested actions.</summary>
public sealed class TeamsTests
{
    [Fact]
    public async Task Installing_the_bot_in_a_personal_chat_welcomes_the_user_once()
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "personal");

        var first = await bot.SendAsync(bot.MembersAdded(bot.BotAccount));
        var again = await bot.SendAsync(bot.MembersAdded(bot.User));

        Assert.True(first.Says(bot.Content.Messages.Welcome.Greeting));
        Assert.Empty(again.Messages);
    }

    [Fact]
    public async Task A_new_member_of_a_team_channel_is_not_welcomed_in_the_channel()
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "channel");

        var replies = await bot.SendAsync(bot.MembersAdded(bot.User));

        Assert.Empty(replies.Messages);
    }

    [Fact]
    public async Task Three_choices_are_suggested_actions_and_more_than_three_are_buttons_on_a_card()
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "personal");
        await bot.SayAsync("my back hurts after I run");

        var location = await bot.PassSafetyCheckAsync();
        await bot.SayAsync(bot.Content.Question("location").Choices!.Choices[0].Title);
        var duration = await bot.SayAsync("3");

        Assert.NotNull(location.Messages[^1].SuggestedActions);
        Assert.Empty(location.HeroCards);
        var card = Assert.Single(duration.HeroCards);
        Assert.Equal(bot.Content.Question("duration").Prompt, card.Text);
        Assert.Equal(bot.Content.Question("duration").Choices!.Choices.Select(choice => choice.Title), card.Buttons.Select(button => button.Title));
        Assert.All(card.Buttons, button => Assert.Equal(ActionTypes.ImBack, button.Type));
    }

    [Fact]
    public async Task The_clinics_number_is_shown_as_text_because_a_tel_button_cannot_dial_in_teams()
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "personal");

        var replies = await bot.SayAsync("phone number");

        var card = Assert.Single(replies.HeroCards);
        Assert.Contains(bot.Content.Clinic.Phone, card.Text, StringComparison.Ordinal);
        Assert.Empty(replies.LinkButtons);
        Assert.Empty(replies.Events);
    }

    [Fact]
    public async Task An_emergency_in_teams_says_911_in_the_text()
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "personal");

        var replies = await bot.SayAsync("I can't feel my legs");

        Assert.Contains(bot.Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
        Assert.Empty(replies.LinkButtons);
    }

    [Fact]
    public async Task A_malformed_mention_does_not_break_the_turn()
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "personal");
        var message = bot.Adapter.MakeActivity("help");
        message.Entities = [new Entity("mention")];

        var replies = await bot.SendAsync(message);

        Assert.Equal(bot.Content.Messages.Help, replies.Last);
    }

    [Fact]
    public async Task An_at_mention_of_the_bot_is_ignored_when_reading_the_message()
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "personal");
        var message = bot.Adapter.MakeActivity("<at>SpineBot</at> help");
        message.Entities = [JObject.Parse("""{ "type": "mention", "text": "<at>SpineBot</at>", "mentioned": { "id": "bot", "name": "SpineBot" } }""").ToObject<Entity>()!];

        var replies = await bot.SendAsync(message);

        Assert.Equal(bot.Content.Messages.Help, replies.Last);
    }

    [Fact]
    public async Task A_mention_whose_text_is_a_warning_sign_word_does_not_hide_the_emergency()
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "personal");
        var message = bot.Adapter.MakeActivity("I can't control my bladder since my run");
        message.Entities = [JObject.Parse("""{ "type": "mention", "text": "bladder", "mentioned": { "id": "bot", "name": "bladder" } }""").ToObject<Entity>()!];

        var replies = await bot.SendAsync(message);

        Assert.Contains(bot.Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_emergency_with_a_mention_the_reader_cannot_parse_is_still_sent_to_911()
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "personal");
        var message = bot.Adapter.MakeActivity("<at>SpineBot</at> I can't feel my legs");
        message.Entities = [JObject.Parse("""{ "type": "mention", "text": "<at>SpineBot</at>", "mentioned": { "id": { "nested": true } } }""").ToObject<Entity>()!];

        var replies = await bot.SendAsync(message);

        Assert.Contains(bot.Content.RedFlags.WordingFor(SpineBot.Triage.Levels.TriageLevel.Emergency).Action, replies.First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_with_a_mention_the_reader_cannot_parse_is_still_answered()
    {
        using var bot = new BotHarness(channelId: "msteams", conversationType: "personal");
        var message = bot.Adapter.MakeActivity("help");
        message.Entities = [JObject.Parse("""{ "type": "mention", "text": "<at>SpineBot</at>", "mentioned": { "id": { "nested": true } } }""").ToObject<Entity>()!];

        var replies = await bot.SendAsync(message);

        Assert.Equal(bot.Content.Messages.Help, replies.Last);
    }
}
